import type { Plan } from '../../domain/plan';
import {
  AREA_OF_NEED_LABELS,
  EVIDENCE_RATING_LABELS,
  TARGET_AREA_LABELS,
  TARGET_OUTCOME_LABELS,
  type AreaOfNeed,
  type TargetArea,
  type TargetOutcome,
} from '../../domain/target';
import { STAGE_LABELS, type Stage } from '../../domain/terminology';
import { ukDateOrRaw } from '../../ui/DateField';
import type { PathSegment } from '../../app/usecases/editing/fieldDiff';
import { pathPattern } from './fieldLabels';

export const EMPTY_VALUE = '(empty)';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const lookup = <K extends string>(labels: Readonly<Record<K, string>>, value: unknown): string =>
  typeof value === 'string' && value in labels ? labels[value as K] : String(value);

const capitalise = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);

/** One line for a list entry: a person, a target, a piece of evidence. */
const summariseRecord = (value: Record<string, unknown>): string => {
  if (typeof value.text === 'string') {
    const area = value.area === undefined ? '' : `${lookup(TARGET_AREA_LABELS, value.area)}: `;
    return `${area}${value.text}`;
  }
  if (typeof value.rating === 'number' && typeof value.date === 'string') {
    return `${ukDateOrRaw(value.date)}, ${formatLeaf(['rating'], value.rating)}${value.note ? `: ${String(value.note)}` : ''}`;
  }
  if (typeof value.name === 'string') {
    const extras = [value.role, value.relationship, value.organisation, value.email].filter(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    return extras.length ? `${value.name} (${extras.join(', ')})` : value.name;
  }
  return Object.values(value)
    .filter((v) => typeof v === 'string' && v !== '')
    .join(' – ');
};

function formatLeaf(
  path: readonly PathSegment[],
  value: unknown,
  plan?: Pick<Plan, 'longTermTargets'>,
): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  const key = path[path.length - 1];
  const pattern = pathPattern(path);
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE;
    if (pattern.endsWith('needs.areas'))
      return value.map((v) => lookup<AreaOfNeed>(AREA_OF_NEED_LABELS, v)).join('; ');
    if (key === 'wellbeing') return value.map((v) => capitalise(String(v))).join(', ');
    return value.map((v) => (isRecord(v) ? summariseRecord(v) : String(v))).join('; ');
  }
  if (isRecord(value)) return summariseRecord(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (key === 'stage') return lookup<Stage>(STAGE_LABELS, value);
  if (key === 'area') return lookup<TargetArea>(TARGET_AREA_LABELS, value);
  if (key === 'outcome') return lookup<TargetOutcome>(TARGET_OUTCOME_LABELS, value);
  if (key === 'rating' && typeof value === 'number') {
    const label = EVIDENCE_RATING_LABELS[value as keyof typeof EVIDENCE_RATING_LABELS];
    return label ? `${value} – ${label}` : String(value);
  }
  if (key === 'longTermTargetId') {
    const linked = plan?.longTermTargets.find((t) => t.id === value);
    return linked ? linked.text || 'An untitled long-term target' : 'A long-term target not in this version';
  }
  // The plan holds only the provision's id; its name is in the catalogue, which the history does not read.
  if (key === 'provisionId') return 'A school provision';
  return typeof value === 'string' ? ukDateOrRaw(value) : String(value);
}

/** A field's value as a person reads it: labels, not codes; DD/MM/YYYY dates; "(empty)" for nothing. */
export const formatFieldValue = (
  path: readonly PathSegment[],
  value: unknown,
  plan?: Pick<Plan, 'longTermTargets'>,
): string => formatLeaf(path, value, plan);
