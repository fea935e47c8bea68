import type { SPFI } from '@pnp/sp';
import { ServiceError } from '../../../domain/errors';
import { classAssistantsGroup, classTeachersGroup, SEN_LEADS_GROUP } from './groupNames';
import { ensureGroup, levelIdsByName, siteGroupsByTitle, type SiteGroup } from './principals';

export interface ClassGroups {
  readonly teachers: SiteGroup;
  readonly assistants: SiteGroup;
}

/** What one session has read of the site's groups and levels, so each is read once, not per pupil. */
export class AccessSession {
  private groups: Promise<Map<string, SiteGroup>> | null = null;
  private levels: Promise<Map<string, number>> | null = null;
  private readonly classes = new Map<string, Promise<ClassGroups>>();

  constructor(readonly sp: SPFI) {}

  /** The site's groups by title; read again after a failure. */
  groupsByTitle(): Promise<Map<string, SiteGroup>> {
    if (!this.groups) {
      const reading = siteGroupsByTitle(this.sp);
      void reading.catch(() => {
        this.groups = null;
      });
      this.groups = reading;
    }
    return this.groups;
  }

  /** The site's permission levels by name; read again after a failure. */
  levelsByName(): Promise<Map<string, number>> {
    if (!this.levels) {
      const reading = levelIdsByName(this.sp);
      void reading.catch(() => {
        this.levels = null;
      });
      this.levels = reading;
    }
    return this.levels;
  }

  /** A group the setup made; a ServiceError saying so when setup has not run. */
  async group(title: string): Promise<SiteGroup> {
    const found = (await this.groupsByTitle()).get(title);
    if (!found)
      throw new ServiceError(
        409,
        `The SharePoint group "${title}" is missing: run the IEP access setup first.`,
      );
    return found;
  }

  /** A level the setup made (or SharePoint's own); a ServiceError saying so when missing. */
  async level(name: string): Promise<number> {
    const found = (await this.levelsByName()).get(name);
    if (found === undefined)
      throw new ServiceError(
        409,
        `The permission level "${name}" is missing: run the IEP access setup first.`,
      );
    return found;
  }

  /** The class's two groups, made when missing (owned by the SEN leads); remembered for the session. */
  classGroups(classTeamId: string): Promise<ClassGroups> {
    let groups = this.classes.get(classTeamId);
    if (!groups) {
      groups = this.makeClassGroups(classTeamId);
      void groups.catch(() => this.classes.delete(classTeamId));
      this.classes.set(classTeamId, groups);
    }
    return groups;
  }

  /** The class's two groups if they exist, without making them (null when either is missing). */
  async existingClassGroups(classTeamId: string): Promise<ClassGroups | null> {
    const known = await this.groupsByTitle();
    const teachers = known.get(classTeachersGroup(classTeamId));
    const assistants = known.get(classAssistantsGroup(classTeamId));
    return teachers && assistants ? { teachers, assistants } : null;
  }

  private async makeClassGroups(classTeamId: string): Promise<ClassGroups> {
    const owner = (await this.group(SEN_LEADS_GROUP)).Id;
    const known = await this.groupsByTitle();
    const make = (title: string, who: string) =>
      ensureGroup(this.sp, known, title, `IEP Planner: the ${who} of class team ${classTeamId}.`, owner, () =>
        this.reread(),
      );
    return {
      teachers: await make(classTeachersGroup(classTeamId), 'teachers'),
      assistants: await make(classAssistantsGroup(classTeamId), 'teaching assistants'),
    };
  }

  /** Reads the groups again (another SENCO's session may have made one since). */
  async reread(): Promise<Map<string, SiteGroup>> {
    this.groups = null;
    return this.groupsByTitle();
  }
}
