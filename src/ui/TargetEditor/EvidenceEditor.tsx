import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EvidenceId } from '../../domain/ids';
import { MULTI_LINE_MAX } from '../../domain/limits';
import { EVIDENCE_RATING_LABELS, type Evidence } from '../../domain/target';
import { DateField, ukDateOrRaw } from '../DateField';
import { LimitedTextField } from '../LimitedTextField';
import { ProgressChart, ratingLabel } from '../ProgressChart';
import { useTargetEditorStyles } from './useTargetEditorStyles.styles';

export interface EvidenceEditorProps {
  readonly evidence: readonly Evidence[];
  /** e.g. "short-term target 2", for the chart's summary. */
  readonly targetName: string;
  readonly readOnly?: boolean;
  /** Today in the school's zone: the default date of a new note. */
  readonly today: string;
  readonly recordedBy: string;
  readonly newEvidenceId: () => EvidenceId;
  readonly onAdd: (evidence: Evidence) => void;
  /** Only evidence not yet saved can be removed: saved evidence is part of the record. */
  readonly onRemove: (id: EvidenceId) => void;
  readonly headingLevel?: 4 | 5;
}

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Dated progress notes with a 1-5 rating, and the chart they make. */
export const EvidenceEditor = (props: EvidenceEditorProps) => {
  const styles = useTargetEditorStyles();
  const [date, setDate] = useState<string | null>(props.today);
  const [rating, setRating] = useState<string>('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const Heading = `h${props.headingLevel ?? 4}` as const;

  const dateError = tried && !date ? 'Enter the date of this evidence.' : undefined;
  const ratingError = tried && !rating ? 'Choose a rating from 1 to 5.' : undefined;

  const add = () => {
    setTried(true);
    if (!date || !rating || note.length > MULTI_LINE_MAX) return;
    props.onAdd({
      id: props.newEvidenceId(),
      date,
      rating: Number(rating),
      note,
      recordedBy: props.recordedBy,
    });
    setRating('');
    setNote('');
    setTried(false);
  };

  return (
    <div className={styles.evidence}>
      <Heading className={styles.subheading}>Progress evidence</Heading>
      <ProgressChart evidence={props.evidence} targetName={props.targetName} />
      {props.evidence.length > 0 && (
        <ul className={styles.evidenceList} aria-label={`Evidence for ${props.targetName}`}>
          {props.evidence.map((e) => (
            <li key={e.id} className={styles.evidenceItem}>
              <span>
                {ukDateOrRaw(e.date)}: {ratingLabel(e.rating)}
                {e.note ? ` – ${e.note}` : ''}
                {e.recordedBy ? ` (recorded by ${e.recordedBy})` : ''}
              </span>
              {!props.readOnly && e.etag === undefined && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Remove unsaved evidence from ${ukDateOrRaw(e.date)}`}
                  onClick={() => props.onRemove(e.id)}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!props.readOnly && (
        <div className={styles.evidenceForm} role="group" aria-label={`Add evidence for ${props.targetName}`}>
          <div className={styles.evidenceDate}>
            <DateField label="Evidence date" value={date} onChange={setDate} error={dateError} required />
          </div>
          <Field
            label="Rating"
            required
            validationMessage={ratingError}
            validationState={ratingError ? 'error' : 'none'}
          >
            <RadioGroup
              layout="horizontal"
              className={styles.ratings}
              value={rating}
              onChange={(_, data) => setRating(data.value)}
            >
              {RATINGS.map((r) => (
                <Radio key={r} value={String(r)} label={`${r} – ${EVIDENCE_RATING_LABELS[r]}`} />
              ))}
            </RadioGroup>
          </Field>
          <LimitedTextField label="Evidence note" multiline rows={2} value={note} onChange={setNote} />
          <div>
            <Button icon={<Add16Regular />} onClick={add}>
              Add evidence
            </Button>
          </div>
        </div>
      )}
    </div>
  );
};
