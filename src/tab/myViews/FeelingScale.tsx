import { Radio, RadioGroup, useId } from '@fluentui/react-components';
import { FEELING_QUESTION, FEELING_SCALE, type Feeling } from '../../domain';
import { useMyViewsStyles } from './myViewsStyles';

export interface FeelingScaleProps {
  readonly value: Feeling | null;
  readonly readOnly: boolean;
  onChange(value: Feeling): void;
}

/**
 * The picture scale as five big radio buttons. Each face is decoration (hidden from screen readers):
 * the words beside it are the button's name, so the choice never rests on a picture or colour alone.
 * A radio group: the arrow keys move between faces, as a screen reader user expects.
 */
export const FeelingScale = ({ value, readOnly, onChange }: FeelingScaleProps) => {
  const styles = useMyViewsStyles();
  const legendId = useId('feeling');
  return (
    <fieldset className={styles.scale}>
      <legend id={legendId} className={styles.question}>
        {FEELING_QUESTION}
      </legend>
      <RadioGroup
        aria-labelledby={legendId}
        layout="horizontal"
        className={styles.faces}
        value={value === null ? '' : String(value)}
        disabled={readOnly}
        onChange={(_, data) => {
          const step = FEELING_SCALE.find((s) => String(s.value) === data.value);
          if (step) onChange(step.value);
        }}
      >
        {FEELING_SCALE.map((step) => (
          <Radio
            key={step.value}
            className={styles.face}
            value={String(step.value)}
            label={{
              className: styles.faceLabel,
              children: (
                <>
                  <span aria-hidden="true" className={styles.picture}>
                    {step.face}
                  </span>
                  {step.words}
                </>
              ),
            }}
          />
        ))}
      </RadioGroup>
    </fieldset>
  );
};
