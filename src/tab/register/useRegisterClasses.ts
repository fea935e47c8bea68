import { useCallback } from 'react';
import type { AppServices } from '../../app/services';
import { classChoices } from '../../app/usecases/register/pupilForm';
import type { ClassTeam, Pupil } from '../../domain';
import { useLoad } from '../../ui/common/useLoad';

export interface RegisterContext {
  readonly classes: readonly ClassTeam[];
  readonly pupils: readonly Pupil[];
}

/**
 * The class teams a pupil can be put in (the user's own teams and every class already on the register)
 * and the active register, read together for the add and import pages.
 */
export const useRegisterContext = (services: AppServices) => {
  const { store } = services;
  const load = useCallback(async (): Promise<RegisterContext> => {
    const [mine, register] = await Promise.all([services.listMyClasses(), store.loadRegister()]);
    let classes = classChoices(mine, null);
    for (const pupil of register.pupils) {
      classes = classChoices(classes, { id: pupil.classTeamId, displayName: pupil.className });
    }
    return { classes, pupils: register.pupils };
  }, [services, store]);
  return useLoad(load);
};
