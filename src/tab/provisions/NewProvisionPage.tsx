import { Title2 } from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import type { ProvisionId } from '../../domain';
import { usePageStyles } from '../shared/usePageStyles';

export interface NewProvisionPageProps {
  readonly services: AppServices;
  onCreated(provisionId: ProvisionId): void;
}

// PLACEHOLDER (issue 17): replaced by the page itself.
export const NewProvisionPage = (_props: NewProvisionPageProps) => {
  const page = usePageStyles();
  return (
    <section className={page.root}>
      <Title2 as="h1">New provision</Title2>
    </section>
  );
};
