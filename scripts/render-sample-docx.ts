/**
 * Renders a realistic 12-target IEP to .docx, converts it to PDF with LibreOffice and saves page 1
 * as assets/screenshots/iep-page1.png, to see the document the way a school will print it.
 *
 *   npx tsx scripts/render-sample-docx.ts [outDir]
 *
 * Needs `libreoffice`, `pdftoppm` (poppler-utils). Everything runs offline.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plan } from '../src/domain';
import { exportDocx } from '../src/word/docx';
import type { TemplateKind } from '../src/word/tags';
import { buildPlan, shortTermTarget } from '../test/support/planBuilder';

const SAMPLE_TARGETS: readonly [string, string, string, string][] = [
  [
    'communication',
    'Sam will ask an adult for help using "Can you help me please?" in class.',
    'Asks for help unprompted 4 times in a week.',
    'Modelling; visual prompt card on desk.',
  ],
  [
    'literacy',
    'Sam will read and spell 30 Year 2 common exception words.',
    'Reads 30/30 and spells 25/30 in a dictation.',
    'Precision teaching, word cards, Nessy.',
  ],
  [
    'mathematics',
    'Sam will recall number bonds to 10 within 3 seconds.',
    'Answers 10/10 bonds quickly on two days.',
    'Numicon; daily 5-minute fluency game.',
  ],
  [
    'social-skills',
    'Sam will take turns in a board game with two peers.',
    'Waits for his turn in 3 games running.',
    'Lego therapy group; turn-taking cue.',
  ],
  [
    'emotional-wellbeing',
    'Sam will use his calm card to ask for a break.',
    'Uses the card before an outburst 3 times.',
    'Zones of Regulation; calm corner.',
  ],
  [
    'attention-and-organisation',
    'Sam will follow his visual timetable to move between lessons.',
    'Checks timetable independently all week.',
    'Now/next board; 2-minute warnings.',
  ],
  [
    'motor-skills',
    'Sam will form all lower-case letters correctly on the line.',
    'Writes the alphabet correctly in one go.',
    'Write from the Start; pencil grip.',
  ],
  [
    'independence',
    'Sam will get changed for PE within 10 minutes.',
    'Changes within 10 minutes for 3 lessons.',
    'Picture sequence; practice at home.',
  ],
  [
    'literacy',
    'Sam will write two sentences with capital letters and full stops.',
    'Two correct sentences in 3 pieces of work.',
    'Colourful semantics; sentence strips.',
  ],
  [
    'communication',
    'Sam will answer "who" and "where" questions about a story.',
    'Answers 4/5 questions correctly.',
    'Blank level questions; story sacks.',
  ],
  [
    'sensory',
    'Sam will wear ear defenders in assembly when he chooses.',
    'Stays for whole assembly 3 times.',
    'Sensory diet; ear defenders in tray.',
  ],
  [
    'self-care',
    'Sam will wash and dry his hands without reminders.',
    'Independent at lunchtime for a week.',
    'Visual sequence by the sink.',
  ],
];

/** A plan that reads like a real one: varied targets, people and dates. */
export const samplePlan = (): Plan =>
  buildPlan({
    shortTermTargets: SAMPLE_TARGETS.map(([area, text, successCriteria, strategies], i) =>
      shortTermTarget(i + 1, {
        area: area as Plan['shortTermTargets'][number]['area'],
        text,
        successCriteria,
        strategies,
        deliveredBy: i % 3 === 0 ? 'Mrs Patel (TA)' : i % 3 === 1 ? 'Mr Brown' : 'SALT / TA',
        frequency: i % 2 === 0 ? 'Daily, 10 min' : '3 x 15 min weekly',
        targetDate: '2026-03-27',
        outcome: i < 3 ? 'achieved' : i < 5 ? 'partly-achieved' : 'open',
        longTermTargetId: 'ltt-1',
      }),
    ),
  });

/**
 * Converts .docx files to PDF in one LibreOffice run (its start-up is most of the time), with a
 * throwaway profile so runs never share or corrupt one. Returns the PDFs' paths, in order.
 */
export const convertAllToPdf = (docxPaths: readonly string[], outDir: string): string[] => {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'libreoffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((docx) => join(outDir, basename(docx).replace(/\.docx$/, '.pdf')));
};

export const convertToPdf = (docxPath: string, outDir: string): string =>
  convertAllToPdf([docxPath], outDir)[0] ?? '';

export const renderSample = (
  outDir: string,
  kind: TemplateKind = 'full-iep',
): { docx: string; pdf: string; png: string } => {
  mkdirSync(outDir, { recursive: true });
  const docx = join(outDir, `sample-${kind}.docx`);
  writeFileSync(docx, exportDocx(kind, { plan: samplePlan() }));
  const pdf = convertToPdf(docx, outDir);
  const screenshots = resolve(__dirname, '..', 'assets', 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  const pngBase = join(screenshots, 'iep-page1');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, pngBase], {
    stdio: 'pipe',
  });
  return { docx, pdf, png: `${pngBase}.png` };
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const outDir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'iep-sample-'));
  const result = renderSample(outDir);
  console.log(`Wrote ${result.docx}\n      ${result.pdf}\n      ${result.png}`);
}
