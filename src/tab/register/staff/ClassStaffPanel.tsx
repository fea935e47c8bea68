import { useCallback } from 'react';
import type {
  CareTeamAdmin,
  CareTeamGroup,
  ClassStaffAccess,
  StaffMember,
} from '../../../domain/careTeamAdmin';
import type { ClassTeam } from '../../../domain';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../../ui/common/PageSkeleton';
import { useLoad } from '../../../ui/common/useLoad';
import { StaffGroupEditor } from './StaffGroupEditor';

export interface ClassStaffPanelProps {
  readonly admin: CareTeamAdmin;
  readonly classTeam: ClassTeam;
}

const GROUP_LABEL: Readonly<Record<CareTeamGroup, string>> = {
  teachers: 'Teachers of',
  assistants: 'Teaching assistants of',
};

/** A class's two care-team groups, read when the SENCO opens the class. */
export const ClassStaffPanel = ({ admin, classTeam }: ClassStaffPanelProps) => {
  const load = useCallback(() => admin.readClassStaff(classTeam.id), [admin, classTeam.id]);
  const { state, reload, replace } = useLoad(load);

  if (state.status === 'loading')
    return <PageSkeleton label={`Loading the staff of ${classTeam.displayName}`} />;
  if (state.status === 'error')
    return (
      <ErrorMessage
        error={state.error}
        title={`The staff of ${classTeam.displayName} could not be loaded`}
        onRetry={reload}
      />
    );
  const staff: ClassStaffAccess = state.data;
  const editorFor = (group: CareTeamGroup) => (
    <StaffGroupEditor
      label={`${GROUP_LABEL[group]} ${classTeam.displayName}`}
      members={staff[group]}
      onAdd={async (email) => {
        const added = await admin.addClassStaff(classTeam.id, group, email);
        replace({ ...staff, [group]: [...staff[group], added] });
      }}
      onRemove={async (member: StaffMember) => {
        await admin.removeClassStaff(classTeam.id, group, member.email);
        replace({ ...staff, [group]: staff[group].filter((m) => m.email !== member.email) });
      }}
    />
  );
  return (
    <>
      {editorFor('teachers')}
      {editorFor('assistants')}
    </>
  );
};
