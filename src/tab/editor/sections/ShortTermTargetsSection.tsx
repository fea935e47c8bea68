import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Add16Regular, ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Clock } from '../../../domain/clock';
import { todayIn } from '../../../domain/dates';
import type { EvidenceId, TargetId } from '../../../domain/ids';
import type { ShortTermTarget } from '../../../domain/target';
import type { SchoolSettings } from '../../../domain/school';
import type { SmartContext } from '../../../domain/smart';
import { targetCountGuidance } from '../../../domain/targetCount';
import { planningTermFor } from '../../../domain/termDates';
import type { ProvisionStore } from '../../../domain/provisionPorts';
import { ShortTermTargetEditor } from '../../../ui/TargetEditor';
import { onceWhileOk } from '../../../app/usecases/provisions/catalogueOnce';
import { newLocalId } from '../../../app/usecases/localIds';
import {
  addEvidence,
  addShortTermTarget,
  emptyShortTermTarget,
  moveShortTermTarget,
  removeEvidence,
  removeShortTermTarget,
  updateShortTermTarget,
} from '../../../app/usecases/editing/planUpdates';
import { issuesWithin } from '../validation/fieldIssues';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection, useEditorListStyles } from './EditorSection';
import type { SectionProps } from './sectionTypes';
import { WithdrawnTargets } from '../history/WithdrawnTargets';

export interface ShortTermTargetsSectionProps extends SectionProps {
  readonly clock: Clock;
  readonly settings: SchoolSettings;
  readonly recordedBy: string;
  readonly announce: (message: string) => void;
  readonly smartDelayMs?: number;
  /** The school's provisions a target can be delivered through; absent where the catalogue is not offered. */
  readonly provisions?: ProvisionStore;
  /** Where evidence goes while the rest of the plan is read-only; null when evidence cannot be added either. */
  readonly evidenceUpdate?: SectionProps['update'] | null;
}

// Provision links are drawn by their own chunk: the tab's first load does not carry them.
const ProvisionLink = lazy(() =>
  import(/* webpackChunkName: "provision-link" */ '../provisionLink/ProvisionLink').then((m) => ({
    default: m.ProvisionLink,
  })),
);

type PendingFocus =
  | { readonly kind: 'text'; readonly index: number }
  | { readonly kind: 'move'; readonly id: TargetId; readonly direction: 'up' | 'down' };

/** Read from the store (it has an eTag): taking it out withdraws it rather than dropping it. */
const isSaved = (target: ShortTermTarget): boolean => target.etag !== undefined;

/**
 * The SMART short-term targets: add, withdraw or remove, reorder with Move up / Move down buttons (keyboard
 * friendly, unlike drag and drop), each with its SMART hints and progress evidence.
 */
export const ShortTermTargetsSection = (props: ShortTermTargetsSectionProps) => {
  const { plan, update, issues, readOnly, clock, settings, announce } = props;
  const evidenceUpdate = props.evidenceUpdate === undefined ? update : props.evidenceUpdate;
  const listStyles = useEditorListStyles();
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | null>(null);
  const targets = plan.shortTermTargets;
  const today = todayIn(clock, settings.timeZone);
  const guidance = targetCountGuidance(targets.length, settings.setting);

  const { provisions } = props;
  const loadCatalogue = useMemo(
    () => (provisions ? onceWhileOk(() => provisions.listProvisions().then((r) => r.provisions)) : null),
    [provisions],
  );

  const smartContext = useMemo<SmartContext>(
    () => ({
      clock,
      terms: settings.terms,
      timeZone: settings.timeZone,
      plan: { needs: plan.needs, longTermTargets: plan.longTermTargets, pupil: plan.pupil },
    }),
    [clock, settings.terms, settings.timeZone, plan.needs, plan.longTermTargets, plan.pupil],
  );

  useEffect(() => {
    if (!pendingFocus) return;
    const selector =
      pendingFocus.kind === 'text'
        ? `[data-field-path="shortTermTargets.${pendingFocus.index}.text"]`
        : `[data-move="${pendingFocus.id}:${pendingFocus.direction}"]`;
    listRef.current?.querySelector<HTMLElement>(selector)?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);

  const add = () => {
    const endOfTerm = planningTermFor(today, settings.terms)?.end ?? null;
    update((p) => addShortTermTarget(p, emptyShortTermTarget(newLocalId('target') as TargetId, endOfTerm)));
    setPendingFocus({ kind: 'text', index: targets.length });
    announce(`Short-term target ${targets.length + 1} added.`);
  };

  const move = (id: TargetId, from: number, direction: 'up' | 'down') => {
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= targets.length) return;
    update((p) => moveShortTermTarget(p, id, direction === 'up' ? -1 : 1));
    // The moved target's DOM node may be re-inserted, which drops focus: put it back on the same button.
    setPendingFocus({ kind: 'move', id, direction });
    announce(`Short-term target moved to position ${to + 1} of ${targets.length}.`);
  };

  /** A saved target is withdrawn (kept, with its evidence, as a record); one never saved is just dropped. */
  const remove = (id: TargetId, position: number, saved: boolean) => {
    update((p) => removeShortTermTarget(p, id));
    announce(
      saved
        ? `Short-term target ${position} withdrawn. When you save, it is kept with its evidence in the plan's history.`
        : `Short-term target ${position} removed.`,
    );
    addRef.current?.focus();
  };

  return (
    <EditorSection
      title="Short-term targets"
      id={PLAN_SECTIONS.shortTerm.id}
      wide
      intro="SMART targets for 6-8 weeks or one term. Hints appear beside each target as you type."
    >
      {guidance && (
        <MessageBar intent={guidance.severity === 'warning' ? 'warning' : 'info'}>
          <MessageBarBody>
            <MessageBarTitle>Number of targets</MessageBarTitle>
            {guidance.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <div ref={listRef} className={listStyles.list}>
        {targets.map((target, index) => {
          const name = `short-term target ${index + 1}`;
          const actions = readOnly ? undefined : (
            <>
              <Button
                icon={<ArrowUp16Regular />}
                aria-label={`Move up ${name}`}
                data-move={`${target.id}:up`}
                disabledFocusable={index === 0}
                onClick={() => move(target.id, index, 'up')}
              >
                Move up
              </Button>
              <Button
                icon={<ArrowDown16Regular />}
                aria-label={`Move down ${name}`}
                data-move={`${target.id}:down`}
                disabledFocusable={index === targets.length - 1}
                onClick={() => move(target.id, index, 'down')}
              >
                Move down
              </Button>
              <Button
                icon={<Delete16Regular />}
                aria-label={`${isSaved(target) ? 'Withdraw' : 'Remove'} ${name}`}
                onClick={() => remove(target.id, index + 1, isSaved(target))}
              >
                {isSaved(target) ? 'Withdraw' : 'Remove'}
              </Button>
            </>
          );
          return (
            <ShortTermTargetEditor
              key={target.id}
              target={target}
              position={index + 1}
              longTermTargets={plan.longTermTargets}
              onChange={(patch) => update((p) => updateShortTermTarget(p, target.id, patch))}
              smartContext={smartContext}
              smartDelayMs={props.smartDelayMs}
              errors={issuesWithin(issues, `shortTermTargets.${index}`)}
              fieldPathPrefix={`shortTermTargets.${index}`}
              readOnly={readOnly}
              actions={actions}
              {...(loadCatalogue && (!readOnly || target.provisionId !== undefined)
                ? {
                    provisionLink: {
                      linked: target.provisionId !== undefined,
                      field: (
                        <Suspense fallback={null}>
                          <ProvisionLink
                            target={target}
                            readOnly={readOnly}
                            fieldPath={`shortTermTargets.${index}.provisionId`}
                            loadCatalogue={loadCatalogue}
                            update={update}
                          />
                        </Suspense>
                      ),
                    },
                  }
                : {})}
              evidence={{
                today,
                recordedBy: props.recordedBy,
                newEvidenceId: () => newLocalId('evidence') as EvidenceId,
                readOnly: evidenceUpdate === null,
                onAdd: (evidence) => {
                  evidenceUpdate?.((p) => addEvidence(p, target.id, evidence));
                  announce(`Evidence added to ${name}.`);
                },
                onRemove: (evidenceId) => evidenceUpdate?.((p) => removeEvidence(p, target.id, evidenceId)),
              }}
            />
          );
        })}
      </div>
      {!readOnly && (
        <div>
          <Button ref={addRef} icon={<Add16Regular />} onClick={add}>
            Add short-term target
          </Button>
        </div>
      )}
      {/* A version read as a record shows what was withdrawn from it; the current one, under its history. */}
      {readOnly && <WithdrawnTargets targets={plan.withdrawnTargets ?? []} />}
    </EditorSection>
  );
};
