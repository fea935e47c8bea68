import { zipSync } from 'fflate';
import type { IepStore, Plan, PupilId, PupilProvisions } from '../../../domain';
import type { GroupTargetsSource } from '../../documentInput';
import { childGroupTargets } from '../provisions/childGroupTargets';
import type { DocumentExporter } from '../../documents';
import { safeFileNamePart } from '../../documents';
import { subjectAccessFiles, type PlanRecord } from './subjectAccessFiles';

/** A fixed time inside the .zip: the export's contents, not the moment it was zipped, are the record. */
const ZIP_MTIME = new Date('2000-01-01T00:00:00Z');

export interface SubjectAccessExport {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly fileCount: number;
}

/** The pupil's provisions, or null when they could not be read (the manifest then says so). */
const readProvisions = async (
  provisions: GroupTargetsSource | undefined,
  pupilId: PupilId,
): Promise<PupilProvisions | null | undefined> => {
  if (!provisions) return undefined;
  try {
    return await provisions.pupilProvisions(pupilId);
  } catch {
    return null;
  }
};

/**
 * Reads everything held about the pupil (the register entry, then every version of every plan with
 * its targets, evidence and reviews: one request per version) and packs it as one .zip. The file name
 * carries the pupil reference and the date, never the name. With `provisions`, each plan prints the
 * child's group targets of its period (read once for all versions).
 */
export const subjectAccessExport = async (
  store: Pick<IepStore, 'findPupil' | 'listPupilPlans' | 'openPlan'>,
  documents: DocumentExporter,
  request: { readonly pupilId: PupilId; readonly madeAt: string; readonly madeBy: string },
  onProgress?: (done: number, total: number) => void,
  provisions?: GroupTargetsSource,
): Promise<SubjectAccessExport> => {
  const [pupil, versions, placed] = await Promise.all([
    store.findPupil(request.pupilId),
    store.listPupilPlans(request.pupilId),
    readProvisions(provisions, request.pupilId),
  ]);
  const plans: PlanRecord[] = [];
  for (const [index, version] of versions.entries()) {
    onProgress?.(index, versions.length * 2);
    const opened = await store.openPlan(version.id);
    plans.push({ plan: opened.plan, reviews: opened.reviews });
  }
  const files = await subjectAccessFiles(
    {
      pupil,
      plans,
      madeAt: request.madeAt,
      madeBy: request.madeBy,
      ...(placed === undefined
        ? {}
        : placed === null
          ? { groupTargetsUnread: true }
          : { groupTargetsOf: (plan: Plan) => childGroupTargets(placed, plan) }),
    },
    documents,
    (done, total) => onProgress?.(versions.length + done, versions.length + total),
  );
  const bytes = zipSync(Object.fromEntries([...files].map(([path, file]) => [path, file.bytes])), {
    level: 6,
    mtime: ZIP_MTIME,
  });
  const who = safeFileNamePart(pupil.pupilRef.trim() || `pupil ${pupil.id}`);
  return {
    fileName: `Subject access - ${who} - ${request.madeAt.slice(0, 10)}.zip`,
    bytes,
    fileCount: files.size,
  };
};
