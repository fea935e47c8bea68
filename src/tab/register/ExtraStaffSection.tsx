import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import {
  currentPlanPeople,
  emailDomainOf,
  extraOfRole,
  namedWithoutAccess,
  type NamedStaff,
} from '../../app/usecases/register/extraStaffSuggestions';
import type { IepStore, Pupil } from '../../domain';
import type { CareTeamAdmin, ExtraStaffMember, ExtraStaffRole } from '../../domain/careTeamAdmin';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useLoad } from '../../ui/common/useLoad';
import { StaffGroupEditor } from './staff/StaffGroupEditor';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const ROLE_WORDS: Readonly<Record<ExtraStaffRole, string>> = {
  teacher: 'class teacher',
  assistant: 'teaching assistant',
};

interface Loaded {
  readonly extra: readonly ExtraStaffMember[];
  readonly named: readonly NamedStaff[];
}

export interface ExtraStaffSectionProps {
  readonly admin: CareTeamAdmin;
  readonly store: Pick<IepStore, 'listPupilPlans' | 'openPlan'>;
  readonly pupil: Pupil;
  /** The signed-in SENCO's address: its domain is the school's, whose staff the plan may name. */
  readonly senderEmail: string;
}

/**
 * Staff from outside the pupil's class who may open their records (docs/ACCESS.md): a TA from another
 * class who delivers a 1:1, say. SharePoint keeps the list, as assignments on the pupil's own item; only
 * SEN leads may change it. Staff the current plan names who cannot open it are offered first.
 */
export const ExtraStaffSection = ({ admin, store, pupil, senderEmail }: ExtraStaffSectionProps) => {
  const styles = useStyles();
  const [giving, setGiving] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const load = useCallback(async (): Promise<Loaded> => {
    const [extra, classStaff, people] = await Promise.all([
      admin.readExtraStaff(pupil.id),
      admin.readClassStaff(pupil.classTeamId),
      currentPlanPeople(store, pupil.id),
    ]);
    return { extra, named: namedWithoutAccess(people, classStaff, extra, [emailDomainOf(senderEmail)]) };
  }, [admin, store, pupil.id, pupil.classTeamId, senderEmail]);
  const { state, reload, replace } = useLoad(load);

  const heading = (
    <Subtitle1 as="h2" id="extra-staff-title">
      Staff from outside the class
    </Subtitle1>
  );
  if (state.status === 'loading')
    return (
      <section aria-labelledby="extra-staff-title">
        {heading}
        <Spinner size="tiny" label="Reading who else may open this pupil's plans" />
      </section>
    );
  if (state.status === 'error')
    return (
      <section aria-labelledby="extra-staff-title">
        {heading}
        <ErrorMessage
          error={state.error}
          title="Who else may open these plans could not be read"
          onRetry={reload}
        />
      </section>
    );

  const { extra, named } = state.data;
  const added = (member: ExtraStaffMember): Loaded => ({
    extra: [...extra.filter((m) => m.email !== member.email), member],
    named: named.filter((n) => n.email.toLowerCase() !== member.email.toLowerCase()),
  });
  const give = async (person: NamedStaff) => {
    setGiving(person.email);
    setFailure(null);
    try {
      replace(added(await admin.addExtraStaff(pupil.id, person.role, person.email)));
    } catch (error) {
      setFailure(error);
    } finally {
      setGiving(null);
    }
  };
  const editor = (role: ExtraStaffRole, label: string) => (
    <StaffGroupEditor
      label={label}
      members={extraOfRole(extra, role)}
      onAdd={async (email) => replace(added(await admin.addExtraStaff(pupil.id, role, email)))}
      onRemove={async (member) => {
        await admin.removeExtraStaff(pupil.id, member.email);
        replace({ ...state.data, extra: extra.filter((m) => m.email !== member.email) });
      }}
    />
  );

  return (
    <section className={styles.section} aria-labelledby="extra-staff-title">
      {heading}
      <Body1>
        Besides the staff of {pupil.className} and the SEN leads, these people can open this pupil&apos;s
        plans: teachers can change them, teaching assistants read them and add evidence.
      </Body1>
      {named.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Named on the plan but cannot open it</MessageBarTitle>
            <ul className={styles.list}>
              {named.map((person) => (
                <li key={person.email}>
                  {person.name} ({person.email}), {ROLE_WORDS[person.role]}{' '}
                  <Button
                    size="small"
                    disabled={giving !== null}
                    aria-label={`Give ${person.name} access`}
                    onClick={() => void give(person)}
                  >
                    {giving === person.email ? 'Giving access…' : 'Give access'}
                  </Button>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {failure ? <ErrorMessage error={failure} title="Access could not be given" /> : null}
      {editor('teacher', `Teachers from outside ${pupil.className}`)}
      {editor('assistant', `Teaching assistants from outside ${pupil.className}`)}
    </section>
  );
};
