import type { Provision } from '../../../domain';
import type { ShortTermTarget } from '../../../domain/target';
import { targetDeliveryFrom } from './provisionDelivery';

/**
 * A target delivered through a school provision: how it is taught, by whom and how often are filled
 * from the provision, and the link is kept so the provision map and documents can follow it.
 */
export const linkTargetTo = (target: ShortTermTarget, provision: Provision): ShortTermTarget => ({
  ...target,
  ...targetDeliveryFrom(provision),
  provisionId: provision.id,
});

/** The link taken off; what the provision filled in stays, for the teacher to keep or change. */
export const unlinkTarget = (target: ShortTermTarget): ShortTermTarget => {
  const { provisionId: _dropped, ...rest } = target;
  return rest;
};
