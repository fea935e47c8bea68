import { SPEAKER_MINUTES_SUGGESTED, type Clock } from '../../../../domain';

/**
 * Stage 1's timer, from the injected clock (frozen in the browser tests, so nothing waits on real
 * time): when a speaker started, how long they have spoken, and whether the stage's 15 minutes are up.
 */
export interface RunningTurn {
  readonly speaker: string;
  /** `clock.now()` when the speaker started, in milliseconds. */
  readonly startedAt: number;
}

export const startTurn = (speaker: string, clock: Clock): RunningTurn => ({
  speaker: speaker.trim(),
  startedAt: clock.now().getTime(),
});

export const elapsedSeconds = (turn: RunningTurn, clock: Clock): number =>
  Math.max(0, Math.floor((clock.now().getTime() - turn.startedAt) / 1000));

/** "4:05": minutes and seconds, as a timer on a screen shows them. */
export const formatElapsed = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The guidance limits stage 1 to 15 minutes; the whole stage is counted, not one speaker. */
export const stageTimeUp = (secondsSoFar: number): boolean => secondsSoFar >= SPEAKER_MINUTES_SUGGESTED * 60;
