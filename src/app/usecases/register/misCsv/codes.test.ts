import { normaliseYearGroup, parsePrimaryNeed, parseSenStatus } from './codes';

describe('SEN status', () => {
  test.each([
    ['K', 'K'],
    ['k', 'K'],
    ['SEN Support', 'K'],
    ['K - SEN Support', 'K'],
    ['E', 'E'],
    ['EHC Plan', 'E'],
    ['EHCP', 'E'],
    ['Education, Health and Care Plan', 'E'],
    ['Education, health & care plan', 'E'],
    ['N', 'N'],
    ['No Special Educational Need', 'N'],
    ['No SEN', 'N'],
  ])('reads %s as %s', (text, code) => {
    expect(parseSenStatus('SEN status', text)).toEqual({ ok: true, value: code });
  });

  test('says what replaced a legacy code, and what to use for an unknown one', () => {
    expect(parseSenStatus('SEN status', 'S')).toEqual({
      ok: false,
      message: 'SEN status "S": Statements (S) were replaced by EHC plans: record E.',
    });
    expect(parseSenStatus('SEN status', 'A')).toMatchObject({
      ok: false,
      message: expect.stringContaining('record SEN support (K)'),
    });
    expect(parseSenStatus('SEN status', '')).toEqual({
      ok: false,
      message: 'SEN status is required: K (SEN support), E (EHC plan) or N (no SEN).',
    });
  });
});

describe('primary need', () => {
  test.each([
    ['SPLD', 'SPLD'],
    ['SpLD', 'SPLD'],
    ['Specific Learning Difficulties', 'SPLD'],
    ['Profound & Multiple Learning Difficulty', 'PMLD'],
    ['Social, Emotional and Mental Health', 'SEMH'],
    ['Speech, language and communication needs', 'SLCN'],
    ['Multi-Sensory Impairment', 'MSI'],
    ['Autistic Spectrum Disorder', 'ASD'],
    ['Autism', 'ASD'],
    ['SEN support but no specialist assessment of type of need', 'NSA'],
    ['Other Difficulty/Disability', 'OTH'],
    ['Hearing Impairment (HI)', 'HI'],
    ['VI - Visual Impairment', 'VI'],
  ])('reads %s as %s', (text, code) => {
    expect(parsePrimaryNeed('Primary need', text)).toEqual({ ok: true, value: code });
  });

  test('a blank need is none; an unknown one lists the codes', () => {
    expect(parsePrimaryNeed('Primary need', ' ')).toEqual({ ok: true, value: null });
    expect(parsePrimaryNeed('Primary need', 'Dyslexia')).toEqual({
      ok: false,
      message:
        'Primary need "Dyslexia" is not recognised: use a census code (SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, NSA, OTH) or its description.',
    });
  });
});

describe('year group', () => {
  test.each([
    ['3', 'Year 3'],
    ['03', 'Year 3'],
    ['Y3', 'Year 3'],
    ['Yr 10', 'Year 10'],
    ['NC Year 6', 'Year 6'],
    ['Year 6', 'Year 6'],
    ['R', 'Reception'],
    ['YR', 'Reception'],
    ['N2', 'Nursery 2'],
    ['Sixth Form', 'Sixth Form'],
    ['', ''],
  ])('writes %s as %s', (text, year) => {
    expect(normaliseYearGroup(text)).toBe(year);
  });
});
