import { positiveWordingHint, POSITIVE_WORDING_HINT } from './positiveWording';

describe('the hint for negatively worded issues', () => {
  it.each([
    'Stop him disrupting the class',
    'Reduce shouting out',
    'He must not leave the room',
    "Don't let him wander",
    'Deal with his disruptive behaviour',
  ])('suggests a positive wording for “%s”', (text) => {
    expect(positiveWordingHint(text)).toBe(POSITIVE_WORDING_HINT);
  });

  it.each([
    'Help him develop more appropriate behaviours in class',
    'Support his reading development',
    'Teach ways of coping with stress and anxiety',
    '   ',
  ])('says nothing about “%s”', (text) => {
    expect(positiveWordingHint(text)).toBeNull();
  });
});
