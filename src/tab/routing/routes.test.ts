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
  });
});
