import { asClassTeamId } from '../../domain';
import { parseRoute, routeHash } from './routes';

describe('hash routes', () => {
  it('reads every route the tab offers', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/config')).toEqual({ name: 'config' });
    expect(parseRoute('#/my')).toEqual({ name: 'my' });
    expect(parseRoute('#/outbox')).toEqual({ name: 'outbox' });
    expect(parseRoute('#/class/19%3Aabc%40thread.tacv2')).toEqual({
      name: 'class',
      classTeamId: '19:abc@thread.tacv2',
    });
    expect(parseRoute('#/plan/42')).toEqual({ name: 'plan', planId: '42' });
    expect(parseRoute('#/register')).toEqual({ name: 'register' });
    expect(parseRoute('#/register/add')).toEqual({ name: 'register-add' });
    expect(parseRoute('#/register/import')).toEqual({ name: 'register-import' });
    expect(parseRoute('#/register/rollover')).toEqual({ name: 'register-rollover' });
    expect(parseRoute('#/register/off')).toEqual({ name: 'register-off' });
    expect(parseRoute('#/register/staff')).toEqual({ name: 'register-staff' });
    expect(parseRoute('#/pupil/17')).toEqual({ name: 'pupil', pupilId: '17' });
  });

  it("reads a plan's My views page, and refuses anything after it", () => {
    expect(parseRoute('#/plan/42/my-views')).toEqual({ name: 'my-views', planId: '42' });
    expect(routeHash({ name: 'my-views', planId: '4 2' as never })).toBe('#/plan/4%202/my-views');
    expect(parseRoute(routeHash({ name: 'my-views', planId: '4 2' as never }))).toEqual({
      name: 'my-views',
      planId: '4 2',
    });
    expect(parseRoute('#/plan/42/my-views/extra').name).toBe('not-found');
    expect(parseRoute('#/class/42/my-views').name).toBe('not-found');
  });

  it('gives every register page a hash that reads back as the same page', () => {
    for (const name of [
      'register',
      'register-add',
      'register-import',
      'register-rollover',
      'register-off',
      'register-staff',
    ] as const) {
      expect(parseRoute(routeHash({ name }))).toEqual({ name });
    }
  });

  it('round-trips ids that need escaping', () => {
    const hash = routeHash({ name: 'class', classTeamId: asClassTeamId('a/b c') });
    expect(hash).toBe('#/class/a%2Fb%20c');
    expect(parseRoute(hash)).toEqual({ name: 'class', classTeamId: 'a/b c' });
  });

  it('treats unknown or malformed paths as not found instead of guessing', () => {
    expect(parseRoute('#/plans').name).toBe('not-found');
    expect(parseRoute('#/plan/').name).toBe('not-found');
    expect(parseRoute('#/plan/1/2').name).toBe('not-found');
    expect(parseRoute('#/plan/%E0%A4%A').name).toBe('not-found');
    expect(parseRoute('#/register/constructor').name).toBe('not-found');
    expect(parseRoute('#/register/add/1').name).toBe('not-found');
  });
});
