import type { ChangeStamp } from '../../../domain/registerImport';
import type { StoreContext } from '../storeContext';

/** Now and the signed-in person: what every pupil one import or rollover changes records in its history. */
export const changeStampOf = async (ctx: StoreContext): Promise<ChangeStamp> => {
  const user = await ctx.currentUser();
  return { on: ctx.clock.now().toISOString(), by: user.name };
};
