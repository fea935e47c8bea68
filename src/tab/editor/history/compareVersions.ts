import type { Plan } from '../../../domain/plan';
import { diffFields, pathKey } from '../fieldDiff';
import { labelForPath } from '../fieldLabels';
import { formatFieldValue } from '../formatFieldValue';

/** Bookkeeping that always differs between versions and says nothing about the plan's content. */
const NOT_COMPARED: ReadonlySet<string> = new Set([
  'id',
  'seriesId',
  'version',
  'status',
  'etag',
  'updatedAt',
  'updatedBy',
]);

export interface VersionDifference {
  readonly key: string;
  readonly label: string;
  readonly older: string;
  readonly newer: string;
}

/** Every field that differs between two versions, labelled and formatted as the form shows it. */
export const compareVersions = (older: Plan, newer: Plan): VersionDifference[] =>
  diffFields(older, newer, { expandArrays: true, ignoreKeys: NOT_COMPARED }).map((diff) => ({
    key: pathKey(diff.path),
    label: labelForPath(diff.path, newer.nation),
    older: diff.mine === undefined ? '(not in this version)' : formatFieldValue(diff.path, diff.mine, older),
    newer:
      diff.theirs === undefined ? '(not in this version)' : formatFieldValue(diff.path, diff.theirs, newer),
  }));
