import { fieldFingerprint } from './fieldFingerprint';
import { fieldTag, parseFieldTag } from './tags';

describe('field tags', () => {
  it('carry a fingerprint of the value inserted, which parses back', () => {
    const tag = fieldTag('17', 'strategies', 'Use a reading ruler');
    expect(tag).toBe(`iep:field:17:strategies:${fieldFingerprint('strategies', 'Use a reading ruler')}`);
    expect(parseFieldTag(tag)).toEqual({
      targetId: '17',
      field: 'strategies',
      inserted: fieldFingerprint('strategies', 'Use a reading ruler'),
    });
  });

  it('still read the tags of a document inserted before fingerprints, with none', () => {
    expect(parseFieldTag('iep:field:17:strategies')).toEqual({
      targetId: '17',
      field: 'strategies',
      inserted: null,
    });
  });

  it('give the same fingerprint to a value however Word reports its line ends', () => {
    expect(fieldFingerprint('strategies', 'Step one\vStep two\r')).toBe(
      fieldFingerprint('strategies', 'Step one\nStep two'),
    );
    expect(fieldFingerprint('strategies', 'Step one')).not.toBe(fieldFingerprint('strategies', 'Step two'));
  });

  it('ignore tags that are not field tags, including other add-ins’ and unknown fields', () => {
    expect(parseFieldTag('iep:target:17')).toBeNull();
    expect(parseFieldTag('iep:field:17:colour:0a1b2c3d')).toBeNull();
    expect(parseFieldTag('another-add-in')).toBeNull();
  });
});
