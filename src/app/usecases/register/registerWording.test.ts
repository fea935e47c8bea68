import type { RegisterCounts } from './registerCounts';
import { provisionInWords, registerWording, summaryLine } from './registerWording';

const counts = (overrides: Partial<RegisterCounts>): RegisterCounts => ({
  pupils: 0,
  senSupport: 0,
  statutoryPlan: 0,
  overdue: 0,
  dueSoon: 0,
  booked: 0,
  ...overrides,
});

describe('the summary line', () => {
  test('England counts SEN support and EHC plans, in plurals', () => {
    const line = summaryLine(
      counts({ pupils: 15, senSupport: 12, statutoryPlan: 3, overdue: 2, dueSoon: 4, booked: 2 }),
      registerWording('england'),
    );
    expect(line).toBe(
      '12 pupils on SEN support · 3 with an EHC plan · 2 reviews overdue · 4 due in the next 14 days · 2 booked',
    );
  });

  test('one of each is singular', () => {
    const line = summaryLine(
      counts({ pupils: 2, senSupport: 1, statutoryPlan: 1, overdue: 1, dueSoon: 1, booked: 1 }),
      registerWording('england'),
    );
    expect(line).toBe(
      '1 pupil on SEN support · 1 with an EHC plan · 1 review overdue · 1 due in the next 14 days · 1 booked',
    );
  });

  test('none of anything still shows every figure', () => {
    expect(summaryLine(counts({}), registerWording('england'))).toBe(
      '0 pupils on SEN support · 0 with an EHC plan · 0 reviews overdue · 0 due in the next 14 days · 0 booked',
    );
  });

  test('Wales speaks of IDPs kept by the school or the local authority', () => {
    expect(summaryLine(counts({ senSupport: 9, statutoryPlan: 2 }), registerWording('wales'))).toBe(
      '9 pupils with a school IDP · 2 with a local authority IDP · 0 reviews overdue · 0 due in the next 14 days · 0 booked',
    );
  });

  test('Scotland speaks of additional support and CSPs', () => {
    expect(summaryLine(counts({ senSupport: 1, statutoryPlan: 2 }), registerWording('scotland'))).toBe(
      '1 pupil receiving additional support · 2 with a CSP · 0 reviews overdue · 0 due in the next 14 days · 0 booked',
    );
  });
});

test.each([
  ['england', 'SEN register', 'special educational needs', true],
  ['wales', 'ALN register', 'additional learning needs', false],
  ['scotland', 'ASN register', 'additional support needs', false],
] as const)('%s calls it the %s, for %s; census codes shown: %s', (nation, register, needs, codes) => {
  expect(registerWording(nation)).toMatchObject({ register, needs, censusCodes: codes });
});

test('a provision in words follows the nation', () => {
  expect(
    ['N', 'K', 'E'].map((s) => provisionInWords(s as 'N' | 'K' | 'E', registerWording('wales'))),
  ).toEqual(['No ALN', 'School IDP', 'Local authority IDP']);
  expect(provisionInWords('E', registerWording('england'))).toBe('EHC plan');
});
