import {
  ShanarriSchema,
  TARGET_AREA_LABELS,
  TARGET_OUTCOME_LABELS,
  TargetAreaSchema,
  TargetOutcomeSchema,
  type LongTermTarget,
} from '../../domain/target';

export const AREA_OPTIONS = TargetAreaSchema.options.map((value) => ({
  value,
  label: TARGET_AREA_LABELS[value],
}));
export const OUTCOME_OPTIONS = TargetOutcomeSchema.options.map((value) => ({
  value,
  label: TARGET_OUTCOME_LABELS[value],
}));
export const WELLBEING_OPTIONS = ShanarriSchema.options.map((value) => ({
  value,
  label: value.charAt(0).toUpperCase() + value.slice(1),
}));

export const NOT_LINKED = '';

/** Choices for "Linked long-term target"; a link to a target no longer in the plan stays visible. */
export const linkOptions = (longTermTargets: readonly LongTermTarget[], linkedId: string | null) => {
  const options: { value: string; label: string }[] = [
    { value: NOT_LINKED, label: 'Not linked' },
    ...longTermTargets.map((t, i) => ({
      value: t.id as string,
      label: `Long-term target ${i + 1}: ${t.text || '(no text yet)'}`,
    })),
  ];
  if (linkedId !== null && !longTermTargets.some((t) => t.id === linkedId)) {
    options.push({ value: linkedId, label: 'A long-term target no longer in this plan' });
  }
  return options;
};
