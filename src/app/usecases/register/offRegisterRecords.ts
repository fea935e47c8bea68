import {
  retentionOf,
  type Clock,
  type IepStore,
  type IsoDate,
  type ItemProblem,
  type Pupil,
  type SchoolSettings,
} from '../../../domain';

/** A pupil whose records are still kept, and until when: null when no date of birth is recorded. */
export interface KeptRecord {
  readonly pupil: Pupil;
  readonly keptUntil: IsoDate | null;
}

/** Pupils no longer on the register whose records the school still keeps, for the SENCO's list. */
export interface OffRegisterRecords {
  /** Within the retention period, or with no date of birth to tell: the pupils the list shows. */
  readonly kept: readonly KeptRecord[];
  /** How many were left out because their records are past the retention period (due for deletion). */
  readonly pastRetention: number;
  readonly problems: readonly ItemProblem[];
}

/**
 * Pupils no longer on the register, without those whose records are past the school's retention period:
 * the app shows nothing of those (docs/RECORDS.md), only how many are due for deletion.
 */
export const offRegisterRecords = async (
  store: Pick<IepStore, 'listOffRegister'>,
  settings: Pick<SchoolSettings, 'records' | 'timeZone'>,
  clock: Clock,
): Promise<OffRegisterRecords> => {
  const { pupils, problems } = await store.listOffRegister();
  const kept: KeptRecord[] = [];
  let past = 0;
  for (const pupil of pupils) {
    const state = retentionOf(pupil, settings, clock);
    if (state.kind === 'past') past += 1;
    else kept.push({ pupil, keptUntil: state.kind === 'kept' ? state.until : null });
  }
  return { kept, pastRetention: past, problems };
};
