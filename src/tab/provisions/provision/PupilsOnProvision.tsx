import { Button, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AppServices } from '../../../app/services';
import { groupPlanFor } from '../../../app/usecases/provisions/groupTargets';
import { placementRows } from '../../../app/usecases/provisions/placementRows';
import type { GroupPlan, Placement, Provision, Pupil } from '../../../domain';
import type { SchoolTerm } from '../../../domain/termDates';
import { AddPupilsDialog } from './AddPupilsDialog';
import { GroupPlanEditor } from './GroupPlanEditor';
import { PlacementTable } from './PlacementTable';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface TermData {
  readonly placements: readonly Placement[];
  readonly groupPlans: readonly GroupPlan[];
  readonly pupils: readonly Pupil[];
}

export interface PupilsOnProvisionProps {
  readonly services: AppServices;
  readonly provision: Provision;
  readonly term: SchoolTerm;
  readonly data: TermData;
  onChange(data: TermData): void;
}

/** The provision's pupils in one term, adding more, and each group's plan. */
export const PupilsOnProvision = ({ services, provision, term, data, onChange }: PupilsOnProvisionProps) => {
  const styles = useStyles();
  const [adding, setAdding] = useState(false);
  const mine = data.placements.filter((p) => p.provisionId === provision.id);
  const rows = placementRows(mine, data.pupils);
  const groups = [...new Set(rows.map((r) => r.placement.group))].sort((a, b) => a - b);

  const placementSaved = (saved: Placement) =>
    onChange({ ...data, placements: data.placements.map((p) => (p.id === saved.id ? saved : p)) });
  const planSaved = (saved: GroupPlan) =>
    onChange({ ...data, groupPlans: [...data.groupPlans.filter((g) => g.id !== saved.id), saved] });

  return (
    <>
      <section className={styles.section} aria-labelledby="pupils-title">
        <Title3 as="h2" id="pupils-title">
          Pupils this term
        </Title3>
        {provision.retired ? null : (
          <div>
            <Button appearance="primary" onClick={() => setAdding(true)}>
              Add pupils
            </Button>
          </div>
        )}
        <PlacementTable
          rows={rows}
          term={term}
          measure={provision.entryExit.name}
          provisions={services.provisions}
          onSaved={placementSaved}
          onRemoved={(removed) =>
            onChange({ ...data, placements: data.placements.filter((p) => p.id !== removed.id) })
          }
        />
        {adding ? (
          <AddPupilsDialog
            services={services}
            provision={provision}
            term={term}
            placements={mine}
            onAdded={(added) => onChange({ ...data, placements: [...data.placements, ...added] })}
            onClose={() => setAdding(false)}
          />
        ) : null}
      </section>
      {groups.length > 0 ? (
        <section className={styles.section} aria-labelledby="group-plans-title">
          <Title3 as="h2" id="group-plans-title">
            Group plans
          </Title3>
          {groups.map((group) => {
            const plan =
              groupPlanFor({ provisionId: provision.id, term: term.start, group }, data.groupPlans) ?? null;
            return (
              <GroupPlanEditor
                key={group}
                provisions={services.provisions}
                provision={provision}
                term={term}
                group={group}
                plan={plan}
                members={rows.filter((r) => r.placement.group === group)}
                onPlanSaved={planSaved}
                onPlacementSaved={placementSaved}
              />
            );
          })}
        </section>
      ) : null}
    </>
  );
};
