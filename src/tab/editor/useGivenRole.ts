import { useEffect, useState } from 'react';
import type { AppServices } from '../../app/services';
import type { ClassTeamId, PupilId, StaffAccess } from '../../domain';
import type { ExtraStaffRole } from '../../domain/careTeamAdmin';

/**
 * The role a SEN lead gave the signed-in person on this pupil in person (staff from outside the class,
 * docs/ACCESS.md), asked of SharePoint only for someone whose groups give them no role for the pupil's
 * class: the person's groups say nothing of it. Null until known, and when there is none; a failed read
 * offers nothing more, and SharePoint decides a save either way.
 */
export const useGivenRole = (
  services: Pick<AppServices, 'myRoleOnPupil'>,
  access: StaffAccess | null,
  pupilId: PupilId | null,
  classTeamId: ClassTeamId | null,
): ExtraStaffRole | null => {
  const [role, setRole] = useState<ExtraStaffRole | null>(null);
  const ask =
    access !== null &&
    pupilId !== null &&
    classTeamId !== null &&
    !access.isSenLead &&
    !access.isReadOnly &&
    !access.teacherOf.has(classTeamId) &&
    !access.assistantOf.has(classTeamId);
  const myRoleOnPupil = services.myRoleOnPupil;
  useEffect(() => {
    setRole(null);
    if (!ask || pupilId === null || myRoleOnPupil === undefined) return undefined;
    let current = true;
    myRoleOnPupil(pupilId).then(
      (given) => current && setRole(given),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [ask, pupilId, myRoleOnPupil]);
  return role;
};
