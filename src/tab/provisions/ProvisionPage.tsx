import { Title2 } from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import type { ProvisionId } from '../../domain';
import { usePageStyles } from '../shared/usePageStyles';

export interface ProvisionPageProps {
  readonly services: AppServices;
  readonly provisionId: ProvisionId;
}

// PLACEHOLDER (issue 17): replaced by the page itself.
export const ProvisionPage = (_props: ProvisionPageProps) => {
  const page = usePageStyles();
  return (
    <section className={page.root}>
      <Title2 as="h1">Provision</Title2>
    </section>
  );
};
