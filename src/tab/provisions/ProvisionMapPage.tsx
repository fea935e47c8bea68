import { Title2 } from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import { usePageStyles } from '../shared/usePageStyles';

export interface ProvisionMapPageProps {
  readonly services: AppServices;
}

// PLACEHOLDER (issue 17): replaced by the page itself.
export const ProvisionMapPage = (_props: ProvisionMapPageProps) => {
  const page = usePageStyles();
  return (
    <section className={page.root}>
      <Title2 as="h1">Provision map</Title2>
    </section>
  );
};
