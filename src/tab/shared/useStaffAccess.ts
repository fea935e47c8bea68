import { useEffect, useState } from 'react';
import type { AppServices } from '../../app/services';
import { FULL_ACCESS, type StaffAccess } from '../../domain';

/**
 * What the signed-in person may do, or null until it is known: callers offer role-gated controls only
 * once it is. The services read it once per session, so every page after the first has it at once.
 * Should the roles not be readable, everything is offered and SharePoint refuses what it must, as it
 * did before the UI knew roles; a person is never locked out of their own pupils by a failed read.
 */
export const useStaffAccess = (services: Pick<AppServices, 'myAccess'> | null): StaffAccess | null => {
  const [access, setAccess] = useState<StaffAccess | null>(null);
  useEffect(() => {
    setAccess(null);
    // Not signed in yet (the shell's header): nothing to offer.
    if (services === null) return undefined;
    let current = true;
    services.myAccess().then(
      (known) => current && setAccess(known),
      () => current && setAccess(FULL_ACCESS),
    );
    return () => {
      current = false;
    };
  }, [services]);
  return access;
};
