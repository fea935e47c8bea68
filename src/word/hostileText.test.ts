/** @jest-environment jsdom */
import { PlanSchema, type Plan } from '../domain';
import { buildPlan, buildReview, shortTermTarget } from '../../test/support/planBuilder';
import { renderTemplate } from './renderTemplate';
import { TEMPLATE_KINDS } from './tags';
import { controlsTagged, fieldText, parseBody, sdtTag, textOf, wAll, wChildren } from './testing/readOoxml';
import { containsRtl } from './xmlText';

const MARKUP = `<script>alert("x")</script> & Tom's "quote" ]]> <![CDATA[ x ]]> &amp; &#x0;`;
const EMOJI = 'Loves 🦕 and ⚽️ 👍🏽 with family 👨‍👩‍👧';
const ARABIC_NAME = 'محمد العلي';
const MIXED = 'Mr أحمد (TA)';

/** A 10,000-character note with line breaks, tabs, runs of spaces and markup characters. */
const longNote = (): string => {
  let note = '';
  for (let line = 1; note.length < 10_000; line += 1)
    note += `Line ${line}:\tsmall steps  &  <praise> "often"\n`;
  return note.slice(0, 10_000);
};
const NOTE = longNote();

const hostilePlan = (): Plan =>
  buildPlan({
    pupil: { pupilId: 'p1', name: ARABIC_NAME, classTeamId: 'c1', className: '4B & <5C>' },
    parentViews: NOTE,
    pupilViews: `  ${EMOJI}  `,
    people: { parentsCarers: [{ name: MIXED, relationship: 'Father' }] },
    shortTermTargets: [
      shortTermTarget(1, { text: MARKUP, strategies: NOTE, successCriteria: EMOJI, deliveredBy: MIXED }),
      shortTermTarget(2, {
        text: `${ARABIC_NAME} will read 10 words`,
        successCriteria: '\tTabbed\tand\nbroken\n',
      }),
    ],
  });

/** Text the domain would refuse but older data or another tool could still hold. */
const withForbiddenCharacters = (plan: Plan): Plan => {
  const [first, ...rest] = plan.shortTermTargets as [
    Plan['shortTermTargets'][number],
    ...Plan['shortTermTargets'],
  ];
  const strategies = 'a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDFFFi \u{1F995}\r\nj\rk';
  return { ...plan, shortTermTargets: [{ ...first, strategies }, ...rest] };
};

const cellAfterLabel = (root: Element, label: string): string => {
  const row = wAll(root, 'tr').find((tr) => textOf(wChildren(tr, 'tc')[0] as Element) === label) as Element;
  return textOf(wChildren(row, 'tc')[1] as Element);
};

describe('hostile text survives rendering exactly as text', () => {
  const plan = hostilePlan();

  it.each(TEMPLATE_KINDS)('%s is well-formed XML even with hostile text everywhere', (kind) => {
    const review = buildReview(plan, {
      pupilComments: NOTE,
      parentComments: MARKUP,
      agenda: { progress: EMOJI },
      invitees: [{ name: ARABIC_NAME, role: 'parent-carer' }],
    });
    const rendered = parseBody(renderTemplate(kind, { plan, review }).bodyXml);
    expect(textOf(rendered)).toContain(ARABIC_NAME);
  });

  const body = parseBody(renderTemplate('full-iep', { plan }).bodyXml);

  it('keeps markup characters, quotes and CDATA terminators as literal text', () => {
    expect(fieldText(body, 'target-1', 'text')).toBe(MARKUP);
    expect(textOf(body)).toContain('4B & <5C>');
    expect(wAll(body, 'script')).toHaveLength(0);
  });

  it('keeps emoji (including skin tones and joined families) and preserved spaces', () => {
    expect(fieldText(body, 'target-1', 'successCriteria')).toBe(EMOJI);
    expect(cellAfterLabel(body, "Pupil's views")).toBe(`  ${EMOJI}  `);
    wAll(body, 't').forEach((t) => expect(t.getAttribute('xml:space')).toBe('preserve'));
  });

  it('keeps a 10,000-character note whole, with its line breaks and tabs', () => {
    expect(NOTE).toHaveLength(10_000);
    expect(fieldText(body, 'target-1', 'strategies')).toBe(NOTE);
    expect(cellAfterLabel(body, "Parents' and carers' views")).toBe(NOTE);
    expect(fieldText(body, 'target-2', 'successCriteria')).toBe('\tTabbed\tand\nbroken\n');
  });

  it('marks runs of Arabic text right to left, and only those', () => {
    expect(cellAfterLabel(body, 'Name')).toBe(ARABIC_NAME);
    expect(fieldText(body, 'target-1', 'deliveredBy')).toBe(MIXED);
    const runs = wAll(body, 'r').filter((r) => textOf(r) !== '');
    const rtlRuns = runs.filter((r) => wAll(r, 'rtl').length > 0);
    expect(rtlRuns.length).toBeGreaterThan(0);
    runs.forEach((r) => expect(wAll(r, 'rtl').length > 0).toBe(containsRtl(textOf(r))));
  });

  it('drops only the characters XML 1.0 cannot carry, and turns every line ending into a break', () => {
    const dirty = parseBody(renderTemplate('full-iep', { plan: withForbiddenCharacters(plan) }).bodyXml);
    expect(fieldText(dirty, 'target-1', 'strategies')).toBe('abcdefghi \u{1F995}\nj\nk');
  });

  it('escapes quotes and markup in tag attributes so odd ids still round-trip', () => {
    const oddId = `a&b<"c'>`;
    const odd = PlanSchema.parse({ ...plan, id: oddId });
    const tags = controlsTagged(
      parseBody(renderTemplate('targets-table', { plan: odd }).bodyXml),
      'iep:plan:',
    ).map(sdtTag);
    expect(tags).toEqual([`iep:plan:${oddId}:targets-table`]);
  });
});
