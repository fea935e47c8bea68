import { Body1, Link, Title2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AppServices } from '../../app/services';
import { canManageRegister } from '../../domain';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { usePageStyles } from '../shared/usePageStyles';
import { useStaffAccess } from '../shared/useStaffAccess';

export interface SenLeadsOnlyProps {
  readonly services: AppServices;
  /** The register's name in the school's nation's words, e.g. "SEN register". */
  readonly registerLabel: string;
  readonly children: ReactNode;
}

/**
 * The register's pages, for the SENCO and deputies only. Anyone else who follows a link to one is told
 * so, and its code is never loaded for them; SharePoint would refuse them the register's data anyway.
 */
export const SenLeadsOnly = ({ services, registerLabel, children }: SenLeadsOnlyProps) => {
  const styles = usePageStyles();
  const access = useStaffAccess(services);
  if (access === null) return <PageSkeleton label="Checking what you can open" />;
  if (canManageRegister(access)) return <>{children}</>;
  return (
    <section className={styles.root} aria-labelledby="leads-only-title">
      <Title2 as="h1" id="leads-only-title">
        Only SEN leads can open the {registerLabel}
      </Title2>
      <Body1>
        The {registerLabel} and its pupils' records are kept by the SENCO and their deputies. Your pupils'
        plans are in <Link href="#/my">My pupils</Link>; ask the SENCO if you need something from the{' '}
        {registerLabel}.
      </Body1>
    </section>
  );
};
