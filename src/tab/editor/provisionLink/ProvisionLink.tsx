import type { Plan } from '../../../domain/plan';
import type { Provision } from '../../../domain/provision';
import type { ShortTermTarget } from '../../../domain/target';
import { linkTargetTo, unlinkTarget } from '../../../app/usecases/provisions/targetLink';
import { ProvisionLinkField } from './ProvisionLinkField';

export interface ProvisionLinkProps {
  readonly target: ShortTermTarget;
  readonly readOnly: boolean;
  readonly fieldPath: string;
  readonly loadCatalogue: () => Promise<readonly Provision[]>;
  readonly update: (change: (plan: Plan) => Plan) => void;
}

/** A target's provision select, wired to the plan: linking fills the target, None only unlinks it. */
export const ProvisionLink = ({ target, readOnly, fieldPath, loadCatalogue, update }: ProvisionLinkProps) => (
  <ProvisionLinkField
    provisionId={target.provisionId}
    readOnly={readOnly}
    fieldPath={fieldPath}
    loadCatalogue={loadCatalogue}
    onChoose={(provision) =>
      update((plan) => ({
        ...plan,
        shortTermTargets: plan.shortTermTargets.map((t) =>
          t.id !== target.id ? t : provision ? linkTargetTo(t, provision) : unlinkTarget(t),
        ),
      }))
    }
  />
);
