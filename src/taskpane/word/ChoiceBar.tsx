import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useChoiceBarStyles } from './choiceBar.styles';

export interface Choice {
  readonly label: string;
  /** The choice that keeps the document and the plan safest, shown filled. */
  readonly primary?: boolean;
  onChoose(): void;
}

export interface ChoiceBarProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Names the group of buttons for screen readers, e.g. "What to do with your edits". */
  readonly question: string;
  readonly choices: readonly Choice[];
}

/**
 * A question the pane must have answered before it touches the document: a warning that is read
 * out at once, with one labelled button per answer, in a named group.
 */
export const ChoiceBar = ({ title, children, question, choices }: ChoiceBarProps) => {
  const styles = useChoiceBarStyles();
  return (
    <MessageBar intent="warning" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
        <div role="group" aria-label={question} className={styles.actions}>
          {choices.map((choice) => (
            <Button
              key={choice.label}
              appearance={choice.primary ? 'primary' : 'secondary'}
              onClick={choice.onChoose}
            >
              {choice.label}
            </Button>
          ))}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
};
