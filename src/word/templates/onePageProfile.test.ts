/** @jest-environment jsdom */
import { buildPlan } from '../../../test/support/planBuilder';
import { renderTemplate } from '../renderTemplate';
import { readBody, rowTexts, tableCaptioned, valueBeside } from '../testing/documentCells';
import { textOf, wAll, wVal } from '../testing/readOoxml';

const plan = buildPlan({ pupil: { ...buildPlan().pupil, name: 'Siobhán Ní Bhriain' } });
const { body, text } = readBody(renderTemplate('one-page-profile', { plan }).bodyXml);

const FIRST_PERSON = /\b(I|me|my|My)\b/;

describe('one-page profile in the child’s own words', () => {
  it('speaks in the first person in every heading, label and column, never about the child by name', () => {
    const headings = wAll(body, 'p')
      .filter((p) => ['Title', 'Heading1', 'Heading2'].includes(wVal(wAll(p, 'pStyle')[0]) ?? ''))
      .map(textOf);
    const bold = wAll(body, 'p')
      .filter((p) => wAll(p, 'b').length > 0)
      .map(textOf)
      // The targets' number column speaks of no one.
      .filter((label) => !/^(No\.|\d+)$/.test(label));
    [...headings, ...bold].forEach((label) => expect(label).toMatch(FIRST_PERSON));
    expect(text).not.toContain('Siobhán will');
  });

  it('gives my name and class each in a cell of its own', () => {
    expect(valueBeside(body, 'My name')).toBe('Siobhán Ní Bhriain');
    expect(valueBeside(body, 'My class')).toBe('4B');
  });

  it('names the people who help me', () => {
    const about = rowTexts(tableCaptioned(body, 'About me')).flat().join('\n');
    expect(about).toContain('People who help me\nMr Brown\nMrs Patel\nMs Jones');
  });
});
