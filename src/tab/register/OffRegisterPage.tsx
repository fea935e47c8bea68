import {
  Body1,
  Link,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AppServices } from '../../app/services';
import { offRegisterRecords } from '../../app/usecases/register/offRegisterRecords';
import { registerWording, type RegisterWording } from '../../app/usecases/register/registerWording';
import { pupilDisplayName, type Pupil } from '../../domain';
import { formatUkDate } from '../../domain/dates';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';
import { ProblemsBar } from '../shared/ProblemsBar';
import { usePageStyles } from '../shared/usePageStyles';

const whyOff = (pupil: Pupil, wording: RegisterWording): string =>
  pupil.registerStatus === 'left'
    ? `Left the school${pupil.leftOn ? ` on ${formatUkDate(pupil.leftOn)}` : ''}`
    : `No longer needs ${wording.support}`;

export interface OffRegisterPageProps {
  readonly services: AppServices;
}

/** Pupils kept as records: who left and who no longer needs support, each with their plans and history. */
export const OffRegisterPage = ({ services }: OffRegisterPageProps) => {
  const page = usePageStyles();
  const wording = registerWording(services.settings.nation);
  const { store, settings, clock } = services;
  const load = useCallback(() => offRegisterRecords(store, settings, clock), [store, settings, clock]);
  const { state, reload } = useLoad(load);

  if (state.status === 'loading') return <PageSkeleton label="Loading pupils no longer on the register" />;
  if (state.status === 'error') {
    return (
      <div className={page.root}>
        <ErrorMessage
          error={state.error}
          title="Pupils no longer on the register could not be loaded"
          onRetry={reload}
          page
        />
      </div>
    );
  }
  const { kept, pastRetention, problems } = state.data;
  const undated = kept.filter((record) => record.keptUntil === null).length;
  const years = settings.records.retainUntilAgeYears;
  return (
    <section className={page.root} aria-labelledby="off-register-title">
      <Link href={routeHash({ name: 'register' })}>Back to the {wording.register}</Link>
      <Title2 as="h1" id="off-register-title">
        Pupils no longer on the {wording.register}
      </Title2>
      <Body1>
        Their plans are kept unchanged as records. Open a pupil to read their plans or to put them back on the
        register.
      </Body1>
      <ProblemsBar problems={problems} />
      {pastRetention > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {pastRetention === 1 ? "One pupil's records are" : `${pastRetention} pupils' records are`} past
            the school's retention period (until the age of {years}) and are not shown. They are due for
            deletion under the school's records policy.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {undated > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {undated === 1 ? 'One pupil has' : `${undated} pupils have`} no date of birth recorded, so when
            their records are due for deletion cannot be worked out. Record it on their page.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {kept.length === 0 ? (
        <Body1>
          {pastRetention > 0
            ? 'No other records of pupils no longer on the register are kept.'
            : `Nobody has left the ${wording.register} yet.`}
        </Body1>
      ) : (
        <Table aria-label={`Pupils no longer on the ${wording.register}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Pupil</TableHeaderCell>
              <TableHeaderCell>Last class</TableHeaderCell>
              <TableHeaderCell>Why</TableHeaderCell>
              <TableHeaderCell>Records kept until</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {kept.map(({ pupil, keptUntil }) => (
              <TableRow key={pupil.id}>
                <TableCell>
                  <Link href={routeHash({ name: 'pupil', pupilId: pupil.id })}>
                    {pupilDisplayName(pupil)}
                  </Link>
                </TableCell>
                <TableCell>{pupil.className}</TableCell>
                <TableCell>{whyOff(pupil, wording)}</TableCell>
                <TableCell>
                  {keptUntil ? formatUkDate(keptUntil) : 'Unknown: no date of birth recorded'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};
