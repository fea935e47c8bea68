/** @jest-environment jsdom */
import { buildPlan, planWithTargets } from '../../../test/support/planBuilder';
import { renderTemplate } from '../renderTemplate';
import {
  hasRoomToWrite,
  readBody,
  rowsLabelled,
  rowTexts,
  tableCaptioned,
  timesPrinted,
  valueBeside,
} from '../testing/documentCells';
import { wAll, wChildren, textOf } from '../testing/readOoxml';

const plan = planWithTargets(3, { startDate: '2025-09-08', nextReviewDate: '2026-03-24' });
const full = readBody(
  renderTemplate('full-iep', { plan, dateOfBirth: '2016-05-04', school: { name: 'Oakfield Primary' } })
    .bodyXml,
);

describe('full IEP: what the seeds say a plan holds', () => {
  it('tells every adult the child’s likes, dislikes and worries', () => {
    expect(valueBeside(full.body, 'Likes')).toBe(plan.profile.likes);
    expect(valueBeside(full.body, 'Dislikes')).toBe(plan.profile.dislikes);
    expect(valueBeside(full.body, 'Worries and anxieties')).toBe(plan.profile.anxieties);
  });

  it('says how everyone will know the help is no longer needed', () => {
    expect(valueBeside(full.body, 'How we will know the help is no longer needed')).toBe(plan.noLongerNeeded);
  });

  it('names the school above the title and gives the date of birth, date agreed and academic year', () => {
    expect(full.text.startsWith('Oakfield Primary\nSEN support plan (IEP)')).toBe(true);
    expect(valueBeside(full.body, 'Date of birth')).toBe('04/05/2016');
    expect(valueBeside(full.body, 'Date agreed')).toBe('08/09/2025');
    expect(valueBeside(full.body, 'Academic year')).toBe('2025/26');
  });

  it('lists who is sent a copy, with a date column and a spare line', () => {
    expect(rowTexts(tableCaptioned(full.body, 'Copies sent to'))).toEqual([
      ['Copy sent to', 'Role', 'Date sent'],
      ['Alex Taylor', 'Mother', ''],
      ['Dr Rees', 'Speech and language therapist', ''],
      ['', '', ''],
    ]);
  });

  it('has a signature line for each parent or carer, by name', () => {
    const twoParents = buildPlan({
      people: {
        ...plan.people,
        parentsCarers: [
          { name: 'Alex Taylor', email: '', relationship: 'Mother' },
          { name: 'Sam Taylor Snr', email: '', relationship: 'Father' },
        ],
      },
    });
    const signatures = tableCaptioned(
      readBody(renderTemplate('full-iep', { plan: twoParents }).bodyXml).body,
      'Signatures',
    );
    expect(
      rowTexts(signatures)
        .filter(([role]) => role === 'Parent/carer')
        .map(([, name]) => name),
    ).toEqual(['Alex Taylor', 'Sam Taylor Snr']);
  });
});

describe('full IEP: printed once, in plain words', () => {
  it('prints the stage, the professionals and the next review date once each', () => {
    expect(timesPrinted(full.text, 'SEN Support')).toBe(1);
    expect(timesPrinted(full.text, 'Dr Rees')).toBe(2); // the people, and the copy sent to them
    expect(timesPrinted(full.text, 'NHS')).toBe(1);
    expect(timesPrinted(full.text, '24/03/2026')).toBe(1);
  });

  it('says where the plan stands in plain words, not the app’s status names', () => {
    expect(valueBeside(full.body, 'Plan')).toBe('Plan 2: in use');
    expect(full.text).not.toMatch(/Version \d|\(Active\)|Closed \(record/);
    const draft = readBody(renderTemplate('full-iep', { plan: { ...plan, status: 'draft' } }).bodyXml);
    expect(valueBeside(draft.body, 'Plan')).toBe('Plan 2: draft, not yet agreed');
    expect(valueBeside(draft.body, 'Date agreed')).toBe('');
  });

  it('leaves blank room to write by hand where nothing is recorded, never a sentence about the app', () => {
    const empty = buildPlan({ longTermTargets: [], otherSupport: '', monitoring: '' });
    const { body, text } = readBody(renderTemplate('full-iep', { plan: empty }).bodyXml);
    expect(text).not.toMatch(/recorded yet|none chosen|not given/i);
    const longTerm = wChildren(tableCaptioned(body, 'Long-term targets'), 'tr').slice(1);
    expect(longTerm.map((tr) => textOf(tr))).toEqual(['1\n\n', '2\n\n']);
    expect(longTerm.every(hasRoomToWrite)).toBe(true);
    expect(hasRoomToWrite(rowsLabelled(body, 'Monitoring and assessment')[0] as Element)).toBe(true);
    expect(valueBeside(body, 'Date of birth')).toBe('');
  });

  it('lists each person’s name, role and part in cells of their own, never as "Name (role)"', () => {
    expect(rowTexts(tableCaptioned(full.body, 'People who support the child'))).toEqual([
      ['Name', 'Role', 'How they help'],
      ['Alex Taylor', 'Mother', ''],
      ['Mrs Patel', 'Teaching assistant', ''],
      ['Dr Rees', 'Speech and language therapist\nNHS', ''],
    ]);
  });

  it('keeps each field in its own paragraph, so an Arabic name reads right to left beside an English class', () => {
    const arabic = buildPlan({ pupil: { ...plan.pupil, name: 'يوسف الحسن', className: 'P4 Room 2' } });
    const { body } = readBody(renderTemplate('full-iep', { plan: arabic }).bodyXml);
    const paragraphOf = (text: string) => wAll(body, 'p').find((p) => textOf(p) === text) as Element;
    expect(wAll(paragraphOf('يوسف الحسن'), 'bidi')).toHaveLength(1);
    expect(wAll(paragraphOf('P4 Room 2'), 'bidi')).toHaveLength(0);
    expect(wAll(body, 'p').some((p) => textOf(p).includes('P4 Room 2') && textOf(p).includes('يوسف'))).toBe(
      false,
    );
  });
});
