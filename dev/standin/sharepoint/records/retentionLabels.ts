import type { StandInServices } from '../../core/services';

/**
 * A Purview retention label the tenant knows. `isRecord` is the label's "Mark items as a record" setting:
 * an item it is applied to can then be neither edited nor deleted, by anyone, until the label is removed.
 */
export interface RetentionLabel {
  readonly name: string;
  readonly isRecord: boolean;
}

/** The record label a school creates for closed plan versions (docs/RECORDS.md), as the demo names it. */
export const DEMO_CLOSED_VERSION_LABEL = 'IEP closed plan version';

/** The demo tenant's labels: that one, marking items as records. */
export const DEMO_RETENTION_LABELS: readonly RetentionLabel[] = [
  { name: DEMO_CLOSED_VERSION_LABEL, isRecord: true },
];

export const RETENTION_LABELS_KEY = 'sharepoint.retentionLabels';

/** The tenant's labels, as `startStandIn({ retentionLabels })` gave them (the demo's by default). */
export const retentionLabelsOf = (services: StandInServices): readonly RetentionLabel[] =>
  services.shared<readonly RetentionLabel[]>(RETENTION_LABELS_KEY, () => DEMO_RETENTION_LABELS);

export const findRetentionLabel = (services: StandInServices, name: string): RetentionLabel | null =>
  retentionLabelsOf(services).find((label) => label.name.toLowerCase() === name.toLowerCase()) ?? null;

/** Whether the item's label makes it a record (a label since deleted from the tenant locks nothing). */
export const isLockedRecord = (services: StandInServices, complianceTag: string | undefined): boolean =>
  complianceTag !== undefined &&
  complianceTag !== '' &&
  (findRetentionLabel(services, complianceTag)?.isRecord ?? false);
