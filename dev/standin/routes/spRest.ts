import type { RouteModule } from './module';
import { registerSpAddItem } from './spRestAddItem';
import { registerSpWebObjects } from './spRestWebObjects';
import { registerSpContext } from './spRestContext';
import { registerSpGroups } from './spRestGroups';
import { registerSpItems } from './spRestItems';
import { registerSpLists } from './spRestLists';
import { registerSpRecords } from './spRestRecords';
import { registerSpRoles } from './spRestRoles';
import { registerSpScopes } from './spRestScopes';

/** The SharePoint REST endpoints (`/_sp<site>/_api/...`), on their own router: see core/spRest.ts. */
export const spRouteModules: readonly RouteModule[] = [
  registerSpGroups,
  registerSpRoles,
  registerSpLists,
  registerSpScopes,
  registerSpAddItem,
  registerSpWebObjects,
  registerSpItems,
  registerSpContext,
  registerSpRecords,
];
