import { mergeClasses, useId } from '@fluentui/react-components';
import { Checkmark16Regular, Lightbulb16Regular, Warning16Regular } from '@fluentui/react-icons';
import { SMART_LETTER_LABELS } from '../../domain/smart';
import type { SmartHintsProps } from './SmartHints.types';
import { useSmartHints } from './useSmartHints';
import { useSmartHintsStyles } from './useSmartHintsStyles.styles';

/**
 * SMART coaching beside a target, updated as the teacher types. The list sits in a polite live
 * region, so new hints are read out after the typing pauses without interrupting. Each hint says
 * its letter and whether it is a check or a tip in words; the icons only repeat that.
 */
export const SmartHints = ({ target, context, targetName, delayMs, headingLevel = 4 }: SmartHintsProps) => {
  const styles = useSmartHintsStyles();
  const hints = useSmartHints(target, context, delayMs);
  const headingId = useId('smart-heading-');
  const Heading = `h${headingLevel}` as const;
  return (
    <aside className={styles.root} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.heading}>
        SMART check for {targetName}
      </Heading>
      <div aria-live="polite">
        {hints.length === 0 ? (
          <p className={styles.fine}>
            <Checkmark16Regular aria-hidden /> No suggestions: this target reads as SMART.
          </p>
        ) : (
          <ul className={styles.list}>
            {hints.map((hint) => (
              <li key={hint.code} className={styles.hint}>
                {hint.severity === 'warning' ? (
                  <Warning16Regular aria-hidden className={mergeClasses(styles.icon, styles.warningIcon)} />
                ) : (
                  <Lightbulb16Regular aria-hidden className={mergeClasses(styles.icon, styles.tipIcon)} />
                )}
                <span>
                  <span className={styles.letter}>
                    {hint.severity === 'warning' ? 'Check' : 'Tip'}, {hint.letter} (
                    {SMART_LETTER_LABELS[hint.letter]}):
                  </span>{' '}
                  {hint.message}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
};
