/** @jest-environment jsdom */
import { strFromU8, unzipSync } from 'fflate';
import type { Plan } from '../../domain';
import { buildPlan, buildReview, planWithTargets } from '../../../test/support/planBuilder';
import { exportDocx } from '../docx';
import { renderTemplate, type RenderInput } from '../renderTemplate';
import type { TemplateKind } from '../tags';
import { readBody, valueBeside } from '../testing/documentCells';
import { textOf, wAll, wVal } from '../testing/readOoxml';
import { ENGLISH, WELSH, documentLanguage, wordingFor, type Wording } from '.';

const welshPlan: Plan = planWithTargets(3, { nation: 'wales', stage: 'school-idp' });
const review = buildReview(welshPlan);

const render = (kind: TemplateKind, input: Partial<RenderInput> = {}) =>
  renderTemplate(kind, { plan: welshPlan, review, ...input });

/** Every string the wording holds (functions called with a marker), so no English phrase is missed. */
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (value !== null && typeof value === 'object') {
    return Object.values(value as Record<string, unknown>).flatMap(strings);
  }
  return [];
};

/** What a reader sees as fixed wording: the title, headings, table captions and header cells. */
const fixedWording = (bodyXml: string): string[] => {
  const { body } = readBody(bodyXml);
  const styled = wAll(body, 'p').filter((p) =>
    /^(Title|Heading[12])$/.test(wVal(wAll(p, 'pStyle')[0]) ?? ''),
  );
  const headerCells = wAll(body, 'tr')
    .filter((tr) => wAll(tr, 'tblHeader').length > 0)
    .flatMap((tr) => wAll(tr, 'tc'));
  return [
    ...styled.map(textOf),
    ...wAll(body, 'tblCaption').map((caption) => wVal(caption) ?? ''),
    ...headerCells.map(textOf),
  ];
};

// Words spelt the same in both languages are not a sign of English left behind.
const SAME_IN_BOTH = new Set(strings(WELSH));
const ENGLISH_ONLY = strings(ENGLISH).filter((text) => !SAME_IN_BOTH.has(text));

describe('Welsh documents', () => {
  it('prints the full plan under its Welsh title and headings, and none of the English ones', () => {
    const { bodyXml, title } = render('full-iep', { language: 'cy' });
    const { body, text } = readBody(bodyXml);
    expect(title).toBe('Cynllun Datblygu Unigol (CDU)');
    expect(text).toContain('Cynllun Datblygu Unigol');
    expect(text).toContain('Targedau tymor byr');
    expect(text).toContain('Anghenion dysgu ychwanegol');
    expect(text).toContain('CADY');
    expect(text).not.toContain('ALNCo');
    expect(valueBeside(body, 'Cam cymorth')).toBe('Cynllun datblygu unigol (ysgol)');
    const printed = fixedWording(bodyXml);
    expect(printed).toEqual(expect.arrayContaining(['Manylion y disgybl', 'Targedau tymor hir']));
    expect(printed.filter((words) => ENGLISH_ONLY.includes(words))).toEqual([]);
  });

  it('prints the review record in Welsh: headings, agenda, outcomes and the decision', () => {
    const { bodyXml, title } = render('review-record', { language: 'cy' });
    const { text } = readBody(bodyXml);
    expect(title).toBe("Cofnod adolygu'r CDU");
    expect(text).toContain('Y cyfarfod');
    expect(text).toContain('Cynnydd y plentyn');
    expect(text).toContain("Wedi'i gyflawni");
    expect(text).toContain('Beth a benderfynwyd');
    const printed = fixedWording(bodyXml);
    expect(printed).toEqual(
      expect.arrayContaining(["Canlyniadau'r targedau", 'Gwahoddedigion a phresenoldeb']),
    );
    expect(printed.filter((words) => ENGLISH_ONLY.includes(words))).toEqual([]);
  });

  it.each<TemplateKind>(['targets-table', 'one-page-profile'])(
    'prints the %s with no English fixed wording',
    (kind) => {
      const printed = fixedWording(render(kind, { language: 'cy' }).bodyXml);
      expect(printed.length).toBeGreaterThan(0);
      expect(printed.filter((words) => ENGLISH_ONLY.includes(words))).toEqual([]);
    },
  );

  it('leaves the same plan in English unless Welsh is asked for, and never prints Welsh outside Wales', () => {
    const english = render('full-iep').bodyXml;
    expect(render('full-iep', { language: 'en' }).bodyXml).toBe(english);
    expect(readBody(english).text).toContain('Short-term targets');
    const england = buildPlan();
    expect(renderTemplate('full-iep', { plan: england, language: 'cy' }).bodyXml).toBe(
      renderTemplate('full-iep', { plan: england }).bodyXml,
    );
    // The Child's Plan is Scotland's: it stays English whatever was asked.
    expect(render('childs-plan', { language: 'cy' }).bodyXml).toBe(render('childs-plan').bodyXml);
  });

  it('keeps the target controls a Welsh working copy carries, and says Welsh in the block tag, so refresh keeps it Welsh', () => {
    const tags = (language: 'en' | 'cy') => {
      const { controls } = render('full-iep', { language });
      return { plan: controls.plan.tag, targets: controls.targets.map((t) => t.tag) };
    };
    expect(tags('cy').targets).toEqual(tags('en').targets);
    expect(tags('en').plan).toBe('iep:plan:plan-1:full-iep');
    expect(tags('cy').plan).toBe('iep:plan:plan-1:full-iep:cy');
  });

  it('marks a Welsh .docx as Welsh, with a Welsh footer', () => {
    const files = (language: 'en' | 'cy') => unzipSync(exportDocx('full-iep', { plan: welshPlan, language }));
    const part = (language: 'en' | 'cy', name: string) =>
      strFromU8(files(language)[name] ?? new Uint8Array());
    expect(part('cy', 'word/styles.xml')).toContain('<w:lang w:val="cy-GB"');
    expect(part('cy', 'docProps/core.xml')).toContain('<dc:language>cy-GB</dc:language>');
    expect(part('cy', 'word/footer1.xml')).toContain('Cyfrinachol: ');
    expect(part('cy', 'word/footer1.xml')).toContain('Tudalen ');
    expect(part('en', 'word/styles.xml')).toContain('<w:lang w:val="en-GB"');
    expect(part('en', 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    expect(part('en', 'word/footer1.xml')).toContain('Confidential: ');
  });
});

describe('wordingFor', () => {
  it('is Welsh only for a plan in Wales that asked for it', () => {
    expect(documentLanguage('wales', 'cy')).toBe('cy');
    expect(documentLanguage('wales', undefined)).toBe('en');
    expect(documentLanguage('england', 'cy')).toBe('en');
    expect(documentLanguage('scotland', 'cy')).toBe('en');
    expect(wordingFor('cy')).toBe(WELSH);
    expect(wordingFor('en')).toBe(ENGLISH);
  });

  it('has a Welsh word for every English one: the same keys in every label map, none left empty', () => {
    // The shared `Wording` type already refuses a missing key; this also catches an empty string.
    const keys = (wording: Wording) =>
      Object.fromEntries(
        Object.entries(wording.labels).map(([name, map]) => [name, Object.keys(map).sort()]),
      );
    expect(keys(WELSH)).toEqual(keys(ENGLISH));
    expect(strings(WELSH).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('gives every target area and outcome its own Welsh label, so save-back can read them back', () => {
    for (const labels of [WELSH.labels.targetAreas, WELSH.labels.targetOutcomes]) {
      const values = Object.values(labels).map((label) => label.toLowerCase());
      expect(new Set(values).size).toBe(values.length);
    }
  });
});
