import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PlanId } from '../../../domain/ids';
import type { Plan, PlanSummary } from '../../../domain/plan';
import { PlanChanges } from './PlanChanges';
import { WithdrawnTargets } from './WithdrawnTargets';
import type { IepStore } from '../../../domain/ports';
import { ukDateOrRaw } from '../../../ui/DateField';
import { readAdvice } from '../../../app/usecases/editing/saveMessages';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection } from '../sections/EditorSection';

export interface VersionHistoryProps {
  readonly store: IepStore;
  readonly plan: Pick<PlanSummary, 'id' | 'seriesId' | 'version'> & Pick<Plan, 'withdrawnTargets' | 'nation'>;
  readonly onView: (id: PlanId) => void;
  readonly onCompare: (id: PlanId) => void;
}

const STATUS_WORDS: Readonly<Record<PlanSummary['status'], string>> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
};

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

type HistoryState =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly advice: string }
  | { readonly kind: 'shown'; readonly versions: readonly PlanSummary[] };

/** Every version of this pupil's plan (earlier ones are evidence), loaded when asked for. */
export const VersionHistory = ({ store, plan, onView, onCompare }: VersionHistoryProps) => {
  const styles = useStyles();
  const [state, setState] = useState<HistoryState>({ kind: 'hidden' });
  const show = () => {
    setState({ kind: 'loading' });
    store.listVersions(plan.seriesId).then(
      (versions) => setState({ kind: 'shown', versions }),
      (error: unknown) => setState({ kind: 'failed', advice: readAdvice(error) }),
    );
  };
  const expanded = state.kind !== 'hidden';
  return (
    <EditorSection title="Version history" id={PLAN_SECTIONS.versions.id}>
      <div>
        <Button aria-expanded={expanded} onClick={() => (expanded ? setState({ kind: 'hidden' }) : show())}>
          {expanded ? 'Hide version history' : 'Show version history'}
        </Button>
      </div>
      {state.kind === 'loading' && <Spinner size="tiny" label="Loading versions…" />}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>The versions could not be loaded. {state.advice}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'shown' && (
        <Table aria-label="Versions of this plan">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Version</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Last updated</TableHeaderCell>
              <TableHeaderCell scope="col">Next review</TableHeaderCell>
              <TableHeaderCell scope="col">Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.versions.map((v) => (
              <TableRow key={v.id}>
                <TableCell>Version {v.version}</TableCell>
                <TableCell>{STATUS_WORDS[v.status]}</TableCell>
                <TableCell>
                  {v.updatedAt ? ukDateOrRaw(v.updatedAt) : 'Not recorded'}
                  {v.updatedBy ? ` by ${v.updatedBy}` : ''}
                </TableCell>
                <TableCell>{v.nextReviewDate ? ukDateOrRaw(v.nextReviewDate) : 'Not set'}</TableCell>
                <TableCell>
                  {v.id === plan.id ? (
                    'Open now'
                  ) : (
                    <span className={styles.actions}>
                      <Button size="small" onClick={() => onView(v.id)}>
                        View version {v.version}
                      </Button>
                      <Button size="small" onClick={() => onCompare(v.id)}>
                        Compare version {v.version} with version {plan.version}
                      </Button>
                    </span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <PlanChanges store={store} planId={plan.id} nation={plan.nation} />
      <WithdrawnTargets targets={plan.withdrawnTargets ?? []} />
    </EditorSection>
  );
};
