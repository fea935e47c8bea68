import { Button } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { LongTermTargetId } from '../../../domain/ids';
import { terminologyFor } from '../../../domain/terminology';
import { LongTermTargetEditor } from '../../../ui/TargetEditor';
import { newLocalId } from '../../../app/usecases/localIds';
import {
  addLongTermTarget,
  emptyLongTermTarget,
  removeLongTermTarget,
  updateLongTermTarget,
} from '../../../app/usecases/editing/planUpdates';
import { issuesWithin } from '../validation/fieldIssues';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection, useEditorListStyles } from './EditorSection';
import type { SectionProps } from './sectionTypes';

export interface LongTermTargetsSectionProps extends SectionProps {
  readonly announce: (message: string) => void;
}

/** Long-term targets, usually for the school year; short-term targets link to them. */
export const LongTermTargetsSection = ({
  plan,
  update,
  issues,
  readOnly,
  announce,
}: LongTermTargetsSectionProps) => {
  const listStyles = useEditorListStyles();
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const targets = plan.longTermTargets;

  useEffect(() => {
    if (focusIndex === null) return;
    listRef.current
      ?.querySelector<HTMLElement>(`[data-field-path="longTermTargets.${focusIndex}.text"]`)
      ?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const add = () => {
    update((p) =>
      addLongTermTarget(p, emptyLongTermTarget(newLocalId('long-term-target') as LongTermTargetId)),
    );
    setFocusIndex(targets.length);
  };

  const remove = (id: LongTermTargetId, position: number) => {
    const unlinked = plan.shortTermTargets.filter((t) => t.longTermTargetId === id).length;
    update((p) => removeLongTermTarget(p, id));
    announce(
      `Long-term target ${position} removed.` +
        (unlinked > 0
          ? ` ${unlinked} short-term target${unlinked === 1 ? ' is' : 's are'} no longer linked to it.`
          : ''),
    );
    addRef.current?.focus();
  };

  return (
    <EditorSection
      title="Long-term targets"
      id={PLAN_SECTIONS.longTerm.id}
      wide
      intro="Usually for the school year; break each one into short-term targets."
    >
      <div ref={listRef} className={listStyles.list}>
        {targets.length === 0 && <p>No long-term targets yet.</p>}
        {targets.map((target, index) => (
          <LongTermTargetEditor
            key={target.id}
            target={target}
            position={index + 1}
            showWellbeing={terminologyFor(plan.nation).usesWellbeingIndicators}
            onChange={(patch) => update((p) => updateLongTermTarget(p, target.id, patch))}
            errors={issuesWithin(issues, `longTermTargets.${index}`)}
            fieldPathPrefix={`longTermTargets.${index}`}
            readOnly={readOnly}
            actions={
              readOnly ? undefined : (
                <Button
                  icon={<Delete16Regular />}
                  aria-label={`Remove long-term target ${index + 1}`}
                  onClick={() => remove(target.id, index + 1)}
                >
                  Remove
                </Button>
              )
            }
          />
        ))}
      </div>
      {!readOnly && (
        <div>
          <Button ref={addRef} icon={<Add16Regular />} onClick={add}>
            Add long-term target
          </Button>
        </div>
      )}
    </EditorSection>
  );
};
