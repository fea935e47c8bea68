import { registerActivityNotifications } from './activityNotifications';
import { registerBatch } from './batch';
import { registerCalendar } from './calendar';
import { registerColumns } from './columns';
import { registerDrive } from './drive';
import { registerEducation } from './education';
import { registerItems } from './items';
import { registerItemVersions } from './itemVersions';
import { registerLists } from './lists';
import { registerMail } from './mail';
import type { RouteModule } from './module';
import { registerSites } from './sites';
import { registerTeams } from './teams';
import { registerUsers } from './users';

/** Every endpoint group the stand-in serves. A new group (e.g. calendar) is one more entry here. */
export const routeModules: readonly RouteModule[] = [
  registerUsers,
  registerTeams,
  registerEducation,
  registerSites,
  registerLists,
  registerColumns,
  registerItems,
  registerItemVersions,
  registerBatch,
  registerCalendar,
  registerActivityNotifications,
  registerDrive,
  registerMail,
];
