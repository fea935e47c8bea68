/**
 * The bad-input suite for Word: the pure renderer (what the add-in inserts) and `exportDocx` (what
 * the tab downloads), read back with a real XML parser. Every hostile value is text in the document,
 * exactly as typed (line endings become Word line breaks); none of it becomes markup.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { docxFileName } from '../../src/app/documents';
import { LONE_SURROGATE, type Plan } from '../../src/domain';
import { exportDocx, renderTemplate, TEMPLATE_KINDS } from '../../src/word';
import { fieldText, parseBody, parseXml, textOf, wAll } from '../../src/word/testing/readOoxml';
import { DATES_ACCEPTED, MULTI_LINE_ACCEPTED, SINGLE_LINE_ACCEPTED } from '../support/hostileInputs';
import { buildPlan, buildReview, shortTermTarget } from '../support/planBuilder';
import { trapUnhandledRejections } from '../support/unhandledRejections';

trapUnhandledRejections();

// readOoxml parses with the browser's DOMParser; this file runs in Node, so jsdom lends it one.
beforeAll(() => {
  globalThis.DOMParser = new JSDOM('').window.DOMParser;
});

const TARGET_ID = 'target-1';

const hostilePlan = (line: string, note: string): Plan =>
  buildPlan({
    pupil: { pupilId: 'p-1', name: line, classTeamId: 'c-1', className: line },
    shortTermTargets: [shortTermTarget(1, { text: line, successCriteria: note, strategies: note })],
    parentViews: note,
    people: { classTeacher: { name: line, email: '' } },
  });

/** The text of the table cell after the cell that reads `label`. */
const cellAfter = (root: Element, label: string): string => {
  const cells = wAll(root, 'tc');
  const index = cells.findIndex((cell) => textOf(cell) === label);
  if (index < 0) throw new Error(`No cell labelled ${label}`);
  return textOf(cells[index + 1] as Element);
};

const asWordLines = (value: string): string => value.replace(/\r\n|\r/g, '\n');

const docxParts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('(d) the Word renderer', () => {
  test.each(SINGLE_LINE_ACCEPTED.map((h) => [h.name, h.value] as const))(
    '%s: name, class, target and people read back exactly; no markup is made of it',
    (_n, value) => {
      const body = parseBody(renderTemplate('full-iep', { plan: hostilePlan(value, value) }).bodyXml);
      expect(cellAfter(body, 'Name')).toBe(value);
      expect(cellAfter(body, 'Class')).toBe(value);
      expect(cellAfter(body, 'Class teacher')).toBe(value);
      expect(fieldText(body, TARGET_ID, 'text')).toBe(value);
      expect(cellAfter(body, "Parents' and carers' views")).toBe(value);
      expect(body.getElementsByTagName('script')).toHaveLength(0);
      expect(body.getElementsByTagName('img')).toHaveLength(0);
    },
  );

  test.each(MULTI_LINE_ACCEPTED.map((h) => [h.name, h.value] as const))(
    '%s in notes, success criteria and strategies reads back with every line',
    (_n, value) => {
      const body = parseBody(renderTemplate('full-iep', { plan: hostilePlan('Sam Taylor', value) }).bodyXml);
      expect(cellAfter(body, "Parents' and carers' views")).toBe(asWordLines(value));
      expect(fieldText(body, TARGET_ID, 'successCriteria')).toBe(asWordLines(value));
      expect(fieldText(body, TARGET_ID, 'strategies')).toBe(asWordLines(value));
    },
  );

  test.each(TEMPLATE_KINDS.map((kind) => [kind] as const))(
    'the %s template is well-formed XML with every hostile value at once',
    (kind) => {
      const all = SINGLE_LINE_ACCEPTED.map((h) => h.value);
      const plan = buildPlan({
        pupil: { pupilId: 'p-1', name: all[0] ?? '', classTeamId: 'c-1', className: all[1] ?? '' },
        shortTermTargets: all.map((text, i) => shortTermTarget(i + 1, { text })),
        pupilViews: MULTI_LINE_ACCEPTED.filter((h) => h.value.length < 1000)
          .map((h) => h.value)
          .join('\n'),
      });
      const review = buildReview(plan, { pupilComments: all.join('\n'), parentComments: all.join(' ') });
      const body = parseBody(renderTemplate(kind, { plan, review }).bodyXml);
      expect(textOf(body)).toContain(all[0]);
    },
  );

  test.each(DATES_ACCEPTED.map((d) => [d.name, d] as const))('%s is shown as %s', (_n, date) => {
    const plan = buildPlan({
      startDate: date.value,
      nextReviewDate: date.value,
      shortTermTargets: [shortTermTarget(1, { targetDate: date.value })],
    });
    const body = parseBody(renderTemplate('full-iep', { plan }).bodyXml);
    expect(cellAfter(body, 'Date agreed')).toBe(date.shown);
    expect(cellAfter(body, 'Next review date')).toBe(date.shown);
    expect(fieldText(body, TARGET_ID, 'targetDate')).toBe(date.shown);
  });
});

describe('(d) exportDocx', () => {
  test.each(SINGLE_LINE_ACCEPTED.map((h) => [h.name, h.value] as const))(
    '%s: the .docx parts parse, the text is exact, and the name is on the page but not in the metadata',
    (_n, value) => {
      const parts = docxParts(exportDocx('full-iep', { plan: hostilePlan(value, value) }));
      const documentXml = parseXml(parts['word/document.xml'] ?? '');
      const body = wAll(documentXml, 'body')[0] as Element;
      expect(cellAfter(body, 'Name')).toBe(value);
      expect(fieldText(body, TARGET_ID, 'text')).toBe(value);
      const footer = parseXml(parts['word/footer1.xml'] ?? '').documentElement;
      expect(textOf(footer).startsWith(`Confidential: ${value}, SEN support plan (IEP)`)).toBe(true);
      for (const name of [
        'docProps/core.xml',
        'docProps/app.xml',
        '[Content_Types].xml',
        'word/styles.xml',
      ]) {
        const part = parts[name] ?? '';
        expect(() => parseXml(part)).not.toThrow();
        expect(part.includes(value)).toBe(false);
      }
    },
  );

  test('a 63,999-character note is exported whole', () => {
    const note = MULTI_LINE_ACCEPTED.find((h) => h.value.length === 63_999)?.value ?? '';
    const parts = docxParts(exportDocx('full-iep', { plan: hostilePlan('Sam Taylor', note) }));
    const body = wAll(parseXml(parts['word/document.xml'] ?? ''), 'body')[0] as Element;
    expect(cellAfter(body, "Parents' and carers' views")).toBe(note);
    expect(note).toHaveLength(63_999);
  });
});

describe('(d) the name of the downloaded .docx', () => {
  const names: (readonly [string, string])[] = [
    ...SINGLE_LINE_ACCEPTED.map((h) => [h.name, h.value] as const),
    ['a long name that ends in an emoji', `${'x'.repeat(79)}👩🏽‍🏫`],
    ['a right-to-left override that would disguise the extension', 'Sam \u202Excod.exe'],
    ['a path', '../../Windows/System32/Sam'],
  ];

  test.each(names)('%s gives a file name that every system can save', (_n, value) => {
    const fileName = docxFileName('full-iep', hostilePlan(value, value));
    expect(fileName).toMatch(/^IEP - \S.* - v2\.docx$/);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not be there
    expect(fileName).not.toMatch(/[\u0000-\u001f\u007f"*/:<>?\\|#%]/);
    expect(fileName).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(LONE_SURROGATE.test(fileName)).toBe(false);
  });

  test.each(['Zoë Brontë', 'Siobhán Núñez', '王小明', 'محمد الأحمد', "Liam O'Brien"])(
    'keeps %s as it is written',
    (value) => {
      expect(docxFileName('full-iep', hostilePlan(value, value))).toBe(`IEP - ${value} - v2.docx`);
    },
  );
});
