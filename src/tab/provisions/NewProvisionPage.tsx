import { Link, Title2 } from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import type { ProvisionId } from '../../domain';
import { routeHash } from '../routing/routes';
import { usePageStyles } from '../shared/usePageStyles';
import { ProvisionEditor } from './catalogue/ProvisionEditor';

export interface NewProvisionPageProps {
  readonly services: AppServices;
  onCreated(provisionId: ProvisionId): void;
}

/** The SENCO adds an intervention to the school's catalogue. */
export const NewProvisionPage = ({ services, onCreated }: NewProvisionPageProps) => {
  const page = usePageStyles();
  return (
    <section className={page.root} aria-labelledby="new-provision-title">
      <Link href={routeHash({ name: 'provisions' })}>Back to provisions</Link>
      <Title2 as="h1" id="new-provision-title">
        New provision
      </Title2>
      <ProvisionEditor
        services={services}
        provision={null}
        onSaved={(saved) => onCreated(saved.id)}
        onCancel={() => window.location.assign(routeHash({ name: 'provisions' }))}
      />
    </section>
  );
};
