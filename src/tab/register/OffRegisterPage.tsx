import {
  Body1,
  Link,
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
  const load = useCallback(() => services.store.listOffRegister(), [services.store]);
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
  const { pupils, problems } = state.data;
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
      {pupils.length === 0 ? (
        <Body1>Nobody has left the {wording.register} yet.</Body1>
      ) : (
        <Table aria-label={`Pupils no longer on the ${wording.register}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Pupil</TableHeaderCell>
              <TableHeaderCell>Last class</TableHeaderCell>
              <TableHeaderCell>Why</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pupils.map((pupil) => (
              <TableRow key={pupil.id}>
                <TableCell>
                  <Link href={routeHash({ name: 'pupil', pupilId: pupil.id })}>
                    {pupilDisplayName(pupil)}
                  </Link>
                </TableCell>
                <TableCell>{pupil.className}</TableCell>
                <TableCell>{whyOff(pupil, wording)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};
