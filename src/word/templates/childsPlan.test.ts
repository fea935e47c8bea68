/** @jest-environment jsdom */
import { buildPlan } from '../../../test/support/planBuilder';
import { renderTemplate } from '../renderTemplate';
import { readBody, rowTexts, tableCaptioned, timesPrinted, valueBeside } from '../testing/documentCells';

const plan = buildPlan({ nation: 'scotland', stage: 'level-2' });
const { body, text } = readBody(renderTemplate('childs-plan', { plan, dateOfBirth: '2016-05-04' }).bodyXml);

describe("Child's Plan section 4", () => {
  it('is signed by the people who agree it, the child or young person among them', () => {
    expect(rowTexts(tableCaptioned(body, 'Signatures')).map(([role, name]) => `${role}: ${name}`)).toEqual([
      'Role: Name',
      'Support for Learning co-ordinator: Ms Jones',
      'Class teacher: Mr Brown',
      'Parent/carer: Alex Taylor',
      'Child or young person: Sam Taylor',
    ]);
  });

  it('holds the child’s likes and worries, the date of birth and who was sent a copy', () => {
    expect(valueBeside(body, 'Likes')).toBe(plan.profile.likes);
    expect(valueBeside(body, 'Worries and anxieties')).toBe(plan.profile.anxieties);
    expect(valueBeside(body, 'Date of birth')).toBe('04/05/2016');
    expect(rowTexts(tableCaptioned(body, 'Copies sent to')).map(([name]) => name)).toEqual([
      'Copy sent to',
      'Alex Taylor',
      'Dr Rees',
      '',
    ]);
  });

  it('prints the stage of intervention and the next review date once each', () => {
    expect(valueBeside(body, 'Stage of intervention')).toBe('Level 2: within the school');
    expect(timesPrinted(text, 'Level 2: within the school')).toBe(1);
    expect(timesPrinted(text, '24/03/2026')).toBe(1);
  });
});
