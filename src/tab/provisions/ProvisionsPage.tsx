import { Title2 } from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import { usePageStyles } from '../shared/usePageStyles';

export interface ProvisionsPageProps {
  readonly services: AppServices;
}

// PLACEHOLDER (issue 17): replaced by the page itself.
export const ProvisionsPage = (_props: ProvisionsPageProps) => {
  const page = usePageStyles();
  return (
    <section className={page.root}>
      <Title2 as="h1">Provisions</Title2>
    </section>
  );
};
