import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { matchesSearch, type PlanSummary } from '../../domain';
import { useNarrowField } from '../shared/useNarrowField';

/** Enough to find anyone by typing a few letters, without a SENCO's 300 pupils in one list. */
const MAX_SHOWN = 50;

export const pupilOptionText = (plan: PlanSummary): string => `${plan.pupil.name} (${plan.pupil.className})`;

const matches = (plan: PlanSummary, query: string): boolean =>
  matchesSearch(query, plan.pupil.name, plan.pupil.className, plan.pupil.yearGroup, plan.pupil.pupilRef);

export interface PupilSearchProps {
  readonly plans: readonly PlanSummary[];
  readonly selected: PlanSummary | null;
  onSelect(plan: PlanSummary | null): void;
}

/** Type part of a name, class or pupil reference and pick the pupil. */
export const PupilSearch = ({ plans, selected, onSelect }: PupilSearchProps) => {
  const narrow = useNarrowField();
  const [query, setQuery] = useState(selected ? pupilOptionText(selected) : '');
  const sorted = useMemo(
    () => [...plans].sort((a, b) => a.pupil.name.localeCompare(b.pupil.name, 'en-GB')),
    [plans],
  );
  // Once a pupil is picked the box shows their name; the whole list is offered again from there.
  const showingSelection = selected !== null && query === pupilOptionText(selected);
  const found = showingSelection ? sorted : sorted.filter((plan) => matches(plan, query));
  const shown = found.slice(0, MAX_SHOWN);

  const hint =
    plans.length === 0
      ? 'No plans to show here yet.'
      : found.length === 0
        ? `No pupil matches "${query.trim()}". Check the spelling or type less of the name.`
        : found.length > MAX_SHOWN
          ? `Showing ${MAX_SHOWN} of ${found.length} pupils: type more of the name to narrow the list.`
          : undefined;

  return (
    <Field className={narrow.root} label="Pupil" hint={hint}>
      <Combobox
        freeform
        placeholder="Type a name, class or pupil reference"
        value={query}
        selectedOptions={selected ? [selected.id] : []}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_event, data) => {
          const plan = plans.find((p) => p.id === data.optionValue) ?? null;
          setQuery(plan ? pupilOptionText(plan) : '');
          onSelect(plan);
        }}
      >
        {shown.map((plan) => (
          <Option key={plan.id} value={plan.id} text={pupilOptionText(plan)}>
            {pupilOptionText(plan)}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
};
