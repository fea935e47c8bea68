import { Button, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  elapsedSeconds,
  formatElapsed,
  stageTimeUp,
  startTurn,
  type RunningTurn,
} from '../../../app/usecases/reviews/meeting/meetingTimer';
import { MEETING_LIMITS, type Clock, type SolutionFocusedMeeting } from '../../../domain';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { useMeetingStyles } from './meetingStyles';

export interface SharingStageProps {
  readonly meeting: SolutionFocusedMeeting;
  readonly clock: Clock;
  readonly readOnly: boolean;
  onChange(meeting: SolutionFocusedMeeting): void;
}

/** Re-renders once a second while a speaker is timed; the time itself always comes from the clock. */
const useTick = (running: boolean): void => {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
};

/**
 * Stage 1: the key professional leads a sharing of information, limited to 15 minutes. Each speaker is
 * timed on the screen; the time and a note of what they shared are kept with the meeting.
 */
export const SharingStage = ({ meeting, clock, readOnly, onChange }: SharingStageProps) => {
  const styles = useMeetingStyles();
  // The key professional leads, so their name is offered until another is typed.
  const [typed, setTyped] = useState<string | null>(null);
  const speaker = typed ?? meeting.roles.keyProfessional;
  const [running, setRunning] = useState<RunningTurn | null>(null);
  useTick(running !== null);
  const now = running ? elapsedSeconds(running, clock) : 0;
  const sharedSoFar = meeting.sharing.reduce((sum, t) => sum + t.seconds, 0) + now;
  const stop = () => {
    if (!running) return;
    const seconds = Math.min(elapsedSeconds(running, clock), MEETING_LIMITS.speakerSeconds);
    onChange({ ...meeting, sharing: [...meeting.sharing, { speaker: running.speaker, seconds, notes: '' }] });
    setRunning(null);
  };
  const setNotes = (index: number, notes: string) =>
    onChange({ ...meeting, sharing: meeting.sharing.map((t, n) => (n === index ? { ...t, notes } : t)) });
  return (
    <div className={styles.section}>
      <Text>
        The key professional leads; everyone shares progress since the last review, the child’s skills and any
        assessments. The stage is limited to 15 minutes.
      </Text>
      {readOnly ? null : (
        <div className={styles.row}>
          <Field label="Speaker" className={styles.grow}>
            <Input
              size="large"
              value={speaker}
              disabled={running !== null}
              onChange={(_, d) => setTyped(d.value)}
            />
          </Field>
          {running ? (
            <Button size="large" appearance="primary" onClick={stop}>
              Stop timer
            </Button>
          ) : (
            <Button
              size="large"
              appearance="primary"
              disabled={speaker.trim() === '' || meeting.sharing.length >= MEETING_LIMITS.speakers}
              onClick={() => setRunning(startTurn(speaker, clock))}
            >
              Start timer
            </Button>
          )}
        </div>
      )}
      {running ? (
        <div role="timer" aria-label={`Time for ${running.speaker}`} className={styles.timer}>
          {formatElapsed(now)}
        </div>
      ) : null}
      <Text role="status">Stage 1 so far: {formatElapsed(sharedSoFar)} of 15:00.</Text>
      {stageTimeUp(sharedSoFar) ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            The 15 minutes for sharing information are up: move on to the issues.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ol className={styles.list}>
        {meeting.sharing.map((turn, index) => (
          <li key={`${turn.speaker}-${index}`}>
            <LimitedTextField
              label={`What ${turn.speaker} shared (${formatElapsed(turn.seconds)})`}
              value={turn.notes}
              multiline
              rows={2}
              readOnly={readOnly}
              onChange={(notes) => setNotes(index, notes)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
};
