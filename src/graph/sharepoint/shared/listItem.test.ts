import { Invalid } from '../../../domain/errors';
import { jsonNote } from './listItem';

describe('JSON note columns', () => {
  it('store up to 63,999 characters of JSON and refuse one more at every field that feeds the column', () => {
    // JSON.stringify({ a: x, b: '' }) adds 15 characters around x.
    expect(jsonNote({ a: 'x'.repeat(63_984), b: '' }, 'profile', 'The pupil profile')).toHaveLength(63_999);
    const refused = (() => {
      try {
        return jsonNote({ a: 'x'.repeat(63_985), b: '', c: ['y'] }, 'profile', 'The pupil profile');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).issues.map((issue) => issue.path)).toEqual(['profile.a', 'profile.c.0']);
    expect((refused as Invalid).issues[0]?.message).toContain('64,010 characters');
  });
});
