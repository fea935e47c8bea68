import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Link,
  Title2,
  Title3,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AppServices } from '../../../app/services';
import type { CareTeamAdmin } from '../../../domain/careTeamAdmin';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../../ui/common/PageSkeleton';
import { useLoad } from '../../../ui/common/useLoad';
import { routeHash } from '../../routing/routes';
import { usePageStyles } from '../../shared/usePageStyles';
import { useRegisterContext } from '../useRegisterClasses';
import { ClassStaffPanel } from './ClassStaffPanel';
import { StaffGroupEditor } from './StaffGroupEditor';

const SenLeads = ({ admin }: { readonly admin: CareTeamAdmin }) => {
  const load = useCallback(() => admin.readSenLeads(), [admin]);
  const { state, reload, replace } = useLoad(load);
  if (state.status === 'loading') return <PageSkeleton label="Loading the SEN leads" />;
  if (state.status === 'error')
    return <ErrorMessage error={state.error} title="The SEN leads could not be loaded" onRetry={reload} />;
  return (
    <StaffGroupEditor
      label="SEN leads"
      members={state.data}
      onAdd={async (email) => replace([...state.data, await admin.addSenLead(email)])}
      onRemove={async (member) => {
        await admin.removeSenLead(member.email);
        replace(state.data.filter((m) => m.email !== member.email));
      }}
    />
  );
};

export interface StaffAccessPageProps {
  readonly services: AppServices;
}

/**
 * Who is in each care team (docs/ACCESS.md). SharePoint decides what each person can open from these
 * groups, so a change here takes effect for them at once, on every pupil of the class.
 */
export const StaffAccessPage = ({ services }: StaffAccessPageProps) => {
  const page = usePageStyles();
  const { state, reload } = useRegisterContext(services);
  const admin = services.careTeams ?? null;
  const back = <Link href={routeHash({ name: 'register' })}>Back to the register</Link>;

  if (admin === null)
    return (
      <section className={page.root} aria-labelledby="staff-access-title">
        {back}
        <Title2 as="h1" id="staff-access-title">
          Staff access
        </Title2>
        <Body1>
          This SEN site does not keep care teams yet: every member of the site can open every plan. Ask IT to
          run the setup described in the deployment guide.
        </Body1>
      </section>
    );
  if (state.status === 'loading') return <PageSkeleton label="Loading the classes" />;
  if (state.status === 'error')
    return (
      <div className={page.root}>
        <ErrorMessage error={state.error} title="The classes could not be loaded" onRetry={reload} page />
      </div>
    );
  return (
    <section className={page.root} aria-labelledby="staff-access-title">
      {back}
      <Title2 as="h1" id="staff-access-title">
        Staff access
      </Title2>
      <Body1>
        A pupil&apos;s plans can be opened only by the SEN leads and the staff of the pupil&apos;s class.
        Teachers can change plans and book reviews; teaching assistants can read plans and add evidence.
        Nobody but the SEN leads can delete anything.
      </Body1>
      <Title3 as="h2">SEN leads</Title3>
      <SenLeads admin={admin} />
      <Title3 as="h2">Classes</Title3>
      {state.data.classes.length === 0 ? (
        <Body1>No classes yet. Add pupils to the register first.</Body1>
      ) : (
        <Accordion collapsible multiple>
          {state.data.classes.map((classTeam) => (
            <AccordionItem key={classTeam.id} value={classTeam.id}>
              <AccordionHeader as="h3">{classTeam.displayName}</AccordionHeader>
              <AccordionPanel>
                <ClassStaffPanel admin={admin} classTeam={classTeam} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
};
