/** @jest-environment jsdom */
import type { Plan } from '../../domain';
import { buildPlan, buildReview, planWithTargets, shortTermTarget } from '../../../test/support/planBuilder';
import { renderTemplate } from '../renderTemplate';
import { wChildren } from '../testing/readOoxml';
import {
  hasRoomToWrite,
  readBody,
  rowsLabelled,
  rowTexts,
  tableCaptioned,
  valueBeside,
} from '../testing/documentCells';

// The reviewed plan's own next review date is the day of the meeting.
const reviewed = planWithTargets(3, { status: 'closed', nextReviewDate: '2026-03-24' });
const review = buildReview(reviewed);
const agreed: Plan = buildPlan({
  id: 'plan-2',
  version: 3,
  status: 'active',
  startDate: '2026-03-24',
  nextReviewDate: '2027-03-15',
  shortTermTargets: [
    shortTermTarget(7, { text: 'I will write two sentences with full stops.', deliveredBy: 'Mrs Patel' }),
    shortTermTarget(8, { text: 'I will ask an adult for help with a card.', frequency: 'Every lesson' }),
  ],
});

const record = (nextVersion: Plan | null, plan: Plan = reviewed) =>
  readBody(renderTemplate('review-record', { plan, review, nextVersion }).bodyXml);

describe('review record: what the review decided', () => {
  it('prints the next review date the review agreed, not the date of the meeting itself', () => {
    const { body } = record(agreed);
    expect(valueBeside(body, 'Next review date')).toBe('15/03/2027');
  });

  it('leaves the next review date to write by hand when the agreed version is not known', () => {
    const { body } = record(null);
    expect(valueBeside(body, 'Next review date')).toBe('');
    expect(hasRoomToWrite(rowsLabelled(body, 'Next review date')[0] as Element)).toBe(true);
  });

  it('ignores a version that is not the one straight after the reviewed plan', () => {
    const { body } = record({ ...agreed, seriesId: reviewed.seriesId, version: reviewed.version + 2 });
    expect(valueBeside(body, 'Next review date')).toBe('');
  });

  it('says whether the child stays at their stage of support or moves', () => {
    expect(valueBeside(record(agreed).body, 'Stage of support')).toBe('Stays at SEN Support');
    expect(valueBeside(record({ ...agreed, stage: 'ehc-plan' }).body, 'Stage of support')).toBe(
      'Moves from SEN Support to EHC plan',
    );
  });

  it('lists the new short-term targets agreed, numbered, with who helps and how often', () => {
    const rows = rowTexts(tableCaptioned(record(agreed).body, 'New short-term targets agreed'));
    expect(rows).toEqual([
      ['No.', 'New target', 'Who and how often'],
      ['1', 'I will write two sentences with full stops.', 'Mrs Patel\n3 x 10 minutes a week'],
      ['2', 'I will ask an adult for help with a card.', 'Mrs Patel (TA)\nEvery lesson'],
    ]);
  });

  it('leaves numbered lines for the new targets when the agreed version is not known', () => {
    const table = tableCaptioned(record(null).body, 'New short-term targets agreed');
    expect(rowTexts(table).slice(1)).toEqual([
      ['1', '', ''],
      ['2', '', ''],
      ['3', '', ''],
    ]);
  });
});

describe('review record: for the family and the file', () => {
  it('says in plain words which plan was reviewed and when it was replaced', () => {
    const { body, text } = record(agreed);
    expect(valueBeside(body, 'Plan reviewed')).toBe('Plan 2: replaced on 24/03/2026');
    expect(text).not.toMatch(/Version \d|Closed \(/);
  });

  it('has a signature line for each person who came to the meeting, and a spare one', () => {
    const rows = rowTexts(tableCaptioned(record(agreed).body, 'Signatures'));
    expect(rows.map(([role, name]) => `${role}: ${name}`)).toEqual([
      'Role: Name',
      'Parent/carer: Alex Taylor',
      'SENCO: Ms Jones',
      ': ',
    ]);
  });

  it('leaves a box to write in under an agenda heading with no notes, instead of nothing', () => {
    const { body } = record(agreed);
    expect(
      hasRoomToWrite(wChildren(tableCaptioned(body, 'Anything affecting progress'), 'tr')[0] as Element),
    ).toBe(true);
  });

  it('leaves attendance not yet recorded blank, to tick at the meeting', () => {
    const planned = buildReview(reviewed, {
      status: 'scheduled',
      invitees: [{ name: 'Alex Taylor', role: 'parent-carer', attended: null }],
    });
    const { body } = readBody(renderTemplate('review-record', { plan: reviewed, review: planned }).bodyXml);
    expect(rowTexts(tableCaptioned(body, 'Invited and attended'))[1]).toEqual([
      'Alex Taylor',
      'Parent/carer',
      '',
    ]);
  });

  it('prints the date of birth and the school when they are given', () => {
    const { body, text } = readBody(
      renderTemplate('review-record', {
        plan: reviewed,
        review,
        dateOfBirth: '2016-05-04',
        school: { name: 'Oakfield Primary' },
      }).bodyXml,
    );
    expect(valueBeside(body, 'Date of birth')).toBe('04/05/2016');
    expect(text.startsWith('Oakfield Primary\nIEP review record')).toBe(true);
  });
});
