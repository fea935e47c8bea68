import { fixedClock, type Clock } from '../../../../domain';
import { elapsedSeconds, formatElapsed, stageTimeUp, startTurn } from './meetingTimer';

/** A clock the test moves by hand: no test waits on real time. */
const movableClock = (iso: string): Clock & { advance(seconds: number): void } => {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), advance: (s) => (now += s * 1000) };
};

describe('stage 1’s timer', () => {
  it('counts a speaker’s time from the injected clock', () => {
    const clock = movableClock('2026-11-24T09:00:00Z');
    const turn = startTurn(' Mr Jones ', clock);
    expect(turn.speaker).toBe('Mr Jones');
    clock.advance(245.7);
    expect(elapsedSeconds(turn, clock)).toBe(245);
    expect(formatElapsed(245)).toBe('4:05');
  });

  it('stands still on a frozen clock', () => {
    const clock = fixedClock('2026-11-24T09:00:00Z');
    expect(elapsedSeconds(startTurn('A', clock), clock)).toBe(0);
  });

  it('says when the 15 minutes of the stage are up', () => {
    expect(stageTimeUp(899)).toBe(false);
    expect(stageTimeUp(900)).toBe(true);
  });
});
