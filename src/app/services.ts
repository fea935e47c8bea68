import { GRAPH_SCOPES } from '../auth/scopes';
import type { CareTeamAdmin, ExtraStaffRole } from '../domain/careTeamAdmin';
import type { Client } from '@microsoft/microsoft-graph-client';
import {
  addressesOf,
  AccessDenied,
  memoise,
  NotFound,
  type ClassTeam,
  type ClassTeamId,
  type Clock,
  type ClassRoster,
  type ClassStaff,
  type CurrentUser,
  type IepStore,
  type ProvisionStore,
  type PupilId,
  type Nation,
  type ReviewCalendar,
  type ReviewReminderSender,
  type SchoolSettings,
  type StaffAccess,
} from '../domain';
import { createGraphReviewCalendar } from '../graph/calendar/graphReviewCalendar';
import { createGraphClient } from '../graph/client';
import { loadClassRoster } from '../graph/directory/classRoster';
import { loadClassStaff } from '../graph/directory/classStaff';
import { reminderSenderFor } from './reviewReminders';
import { fetchMe, listJoinedTeams } from '../graph/directory/me';
import { resolveSite } from '../graph/sharepoint/site';
import { resolveIepListIds } from '../graph/sharepoint/lists';
import type { SenSiteLocation, SenSiteStatus, SiteGrantCheck } from './senSiteStatus';
import { liveWebUrl, localWebUrl, senSitePathOf } from '../graph/sharepoint/access/webUrl';
import { lazyCareTeamAdmin } from './lazyCareTeamAdmin';
import { lazyProvisionStore } from './lazyProvisionStore';
import type { AppConfig } from './config';
import { createLocalOutbox, type OutboxReader } from './outbox';
import type { CopyHomeSender } from './copyHome';
import { lazyCopyHomeSender } from './lazyCopyHomeSender';
import { createDocumentExporter, type DocumentExporter } from './documents';
import { pdfThroughSiteLibrary } from './parentsPdf';
import { schoolBrandingLoader } from './schoolBranding';
import { defaultSchoolSettings } from './schoolSettings';
import { staffAccessFromGroups, type StaffAccessSource } from './staffAccessSource';
import { browserSessionStorage, unsettledCreatesIn } from './unsettledCreates';
import { tokenProviderFor, type TokenDeps } from './tokens';

/** Progress of list provisioning, for the configuration page's progress bar. */
export interface ProvisionProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

const senSiteSetup = () => import(/* webpackChunkName: "sen-site-setup" */ './senSiteSetup');

export {
  SEN_LIST_KEYS,
  type SenSiteLocation,
  type SenSiteStatus,
  type SiteGrantCheck,
} from './senSiteStatus';

/**
 * Everything the tab and the task pane need, built once by the composition root (src/app) from the
 * runtime configuration. UI code depends on this interface, never on Graph or MSAL directly.
 */
export interface AppServices {
  readonly mode: 'local' | 'live';
  /** The SEN site as configured (`hostname:/sites/Name`): where IEP documents belong. */
  readonly senSite: string;
  readonly store: IepStore;
  /** The provision map: the school's provisions, pupils on them per term, group plans (SEN leads). */
  readonly provisions: ProvisionStore;
  readonly calendar: ReviewCalendar;
  readonly clock: Clock;
  readonly settings: SchoolSettings;
  /** Word documents of a plan (.docx), rendered by src/word; loaded on first use. */
  readonly documents: DocumentExporter;
  /** Emails the agreed plan and the review's minutes to the family after a review (Mail.Send on first use). */
  readonly copyHome: CopyHomeSender;
  /** From the sign-in: its name and sign-in address only, known without a Graph request. */
  readonly currentUser: CurrentUser;
  /**
   * Every address of the signed-in person's mailbox (mail, UPN, SMTP aliases), read from `/me` the first
   * time a page needs to match them against the staff a plan names; never on the way to the first page.
   */
  staffAddresses(): Promise<readonly string[]>;
  /**
   * Who is in each care-team group (docs/ACCESS.md), for the SEN leads; null or absent where the SEN site
   * keeps no care teams.
   */
  readonly careTeams?: CareTeamAdmin | null;
  /**
   * What the signed-in person may do (docs/ACCESS.md), read once per session, so the pages offer only
   * what SharePoint will allow them. SharePoint enforces it either way.
   */
  myAccess(): Promise<StaffAccess>;
  /**
   * For a pupil the signed-in person has no class role for: the role a SEN lead gave them on that pupil
   * in person (docs/ACCESS.md, staff from outside the class), from SharePoint; null when none. Absent
   * where the SEN site keeps no care teams.
   */
  myRoleOnPupil?(pupilId: PupilId): Promise<ExtraStaffRole | null>;
  /**
   * Teams activity-feed reminders to class teachers about reviews due; asks for GRAPH_SCOPES.reminders
   * on first use. Null in live mode when the configuration does not name the Teams app to link back to.
   */
  readonly reviewReminders?: ReviewReminderSender | null;
  /** Local mode only: what the stand-in would have emailed (review invitations as .ics files). */
  readonly outbox?: OutboxReader | null;
  /** Class teams the user belongs to (standalone mode and the configuration page). */
  listMyClasses(): Promise<readonly ClassTeam[]>;
  /** The class team's owners and the signed-in user's job title, to name them on a new plan. */
  findClassStaff(classTeamId: ClassTeamId): Promise<ClassStaff>;
  /**
   * The class team's pupils, for the SENCO to choose who joins the register: its education roster, or
   * the team's members who are not owners where the team is not an education class. Asks for the roster
   * scopes (GRAPH_SCOPES.roster) the first time; AccessDenied for a class the user is not in.
   */
  listClassRoster(classTeamId: ClassTeamId): Promise<ClassRoster>;
  checkSenSite(): Promise<SenSiteStatus>;
  /**
   * What the signed-in person may do through IEP Planner on the IEP list `listId` (the lesser of the app's
   * grant and their own rights); loaded with the care-team chunk, on the configuration page only.
   */
  checkSiteGrant(listId: string): Promise<SiteGrantCheck>;
  provisionSenSite(onProgress: (p: ProvisionProgress) => void): Promise<void>;
  signOut(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------
// The composition root: the only place the Graph adapters and the token providers are put together.
// ---------------------------------------------------------------------------------------------------

export interface ServiceDeps extends TokenDeps {
  /** The clock every date rule uses; frozen in end-to-end tests (see clockFor). */
  readonly clock: Clock;
  /** Defaults to the browser's fetch; tests pass one that records requests. */
  readonly fetchImpl?: typeof fetch;
  /** From the tab's URL: lets the first class dashboard skip finding the site and its lists. */
  readonly knownLocation?: SenSiteLocation | null;
  /** From the tab's URL: the nation chosen when the tab was set up (England when not given). */
  readonly schoolNation?: Nation | null;
  /** Where the signed-in person's roles come from; until SharePoint's groups are read, everyone is a lead. */
  readonly staffAccess?: StaffAccessSource;
}

/**
 * The store, created on first use: the SEN site is resolved then, so a person without access to it
 * still gets the app's pages (which say so) rather than a failed start.
 */
const lazyStore = (create: () => Promise<IepStore>): IepStore => ({
  loadClass: async (...args) => (await create()).loadClass(...args),
  listPlansForStaff: async (...args) => (await create()).listPlansForStaff(...args),
  loadMyPupils: async (...args) => (await create()).loadMyPupils(...args),
  openPlan: async (...args) => (await create()).openPlan(...args),
  listVersions: async (...args) => (await create()).listVersions(...args),
  planHistory: async (...args) => (await create()).planHistory(...args),
  createPlan: async (...args) => (await create()).createPlan(...args),
  deleteDraft: async (...args) => (await create()).deleteDraft(...args),
  savePlan: async (...args) => (await create()).savePlan(...args),
  saveReview: async (...args) => (await create()).saveReview(...args),
  saveReviews: async (...args) => (await create()).saveReviews(...args),
  commitNextVersion: async (...args) => (await create()).commitNextVersion(...args),
  lockClosedVersions: async (pupilId) => {
    const store = await create();
    return store.lockClosedVersions ? store.lockClosedVersions(pupilId) : { status: 'not-configured' };
  },
  findPupil: async (...args) => (await create()).findPupil(...args),
  loadRegister: async (...args) => (await create()).loadRegister(...args),
  listOffRegister: async () => (await create()).listOffRegister(),
  listPupilPlans: async (...args) => (await create()).listPupilPlans(...args),
  addPupils: async (...args) => (await create()).addPupils(...args),
  updatePupil: async (...args) => (await create()).updatePupil(...args),
  importRegister: async (...args) => (await create()).importRegister(...args),
  rolloverClasses: async (...args) => (await create()).rolloverClasses(...args),
});

/**
 * Ids carried in a URL are stale once the lists are recreated (404), and not to be trusted when they
 * name another site (the dashboard's site check) or one this user may not read: then look them up.
 */
const isStaleLocation = (error: unknown): boolean =>
  (error instanceof NotFound && (error.item.kind === 'list' || error.item.kind === 'site')) ||
  error instanceof AccessDenied;

/** The class dashboard tries the carried ids once; everything else, and any retry, uses looked-up ids. */
const withKnownLocation = (resolved: IepStore, carried: IepStore | null): IepStore => {
  let trusted = carried;
  return {
    ...resolved,
    loadClass: async (classTeamId: ClassTeamId) => {
      if (trusted) {
        try {
          return await trusted.loadClass(classTeamId);
        } catch (error) {
          if (!isStaleLocation(error)) throw error;
          trusted = null;
        }
      }
      return resolved.loadClass(classTeamId);
    },
  };
};

/**
 * The account gives the sign-in name (the UPN), which is often not the address a plan names, so the
 * mailbox's addresses are read from `/me`. Without them (Graph unreachable) the sign-in name alone is used.
 */
const withMailboxAddresses = async (
  client: Client,
  account: { readonly name: string; readonly email: string },
): Promise<CurrentUser> => {
  const me = await fetchMe(client).catch(() => null);
  if (!me) return { name: account.name, email: account.email, addresses: addressesOf(account) };
  return {
    name: account.name,
    email: me.email || account.email,
    addresses: addressesOf({ email: me.email, addresses: [...(me.addresses ?? []), account.email] }),
  };
};

/**
 * Builds everything the tab and the task pane use from the runtime configuration. Local mode talks to
 * the stand-in as the chosen demo persona; live mode signs in with MSAL (nested app authentication in
 * Teams and Word). Either way every call is a real Graph request through the same client.
 */
export const createServices = async (config: AppConfig, deps: ServiceDeps): Promise<AppServices> => {
  const tokens = await tokenProviderFor(config, deps);
  const client = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: (scopes) => tokens.getAccessToken(scopes),
    scopes: GRAPH_SCOPES.base,
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
  });
  // Calendar scopes are asked for only when a review is first scheduled (incremental consent).
  const calendarClient = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: (scopes) => tokens.getAccessToken(scopes),
    scopes: GRAPH_SCOPES.calendar,
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
  });
  // Asked for only when a plan is started, like the calendar scopes.
  const teamMembersClient = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: (scopes) => tokens.getAccessToken(scopes),
    scopes: GRAPH_SCOPES.teamMembers,
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
  });
  // Asked for only when a SEN lead sends review reminders.
  const remindersClient = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: (scopes) => tokens.getAccessToken(scopes),
    scopes: GRAPH_SCOPES.reminders,
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
  });
  // Asked for only when someone opens a class's roster import.
  const rosterClient = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: (scopes) => tokens.getAccessToken(scopes),
    scopes: GRAPH_SCOPES.roster,
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
  });
  // Mail.Send is asked for only when a copy is sent home; the mail request is never resent on its own
  // (a lost answer may mean it went), so this client does not retry.
  const mailClient = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: (scopes) => tokens.getAccessToken(scopes),
    scopes: GRAPH_SCOPES.mail,
    retry: { maxRetries: 0, delaySeconds: 0 },
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
  });
  const account = await tokens.getAccount();
  const currentUser: CurrentUser = account
    ? { name: account.name, email: account.email, addresses: addressesOf(account) }
    : await fetchMe(client);
  const mailbox = memoise(async () =>
    account ? addressesOf(await withMailboxAddresses(client, account)) : addressesOf(currentUser),
  );
  // Shared by both stores and kept in session storage: "Save again" after a reload still finds a create
  // whose answer was lost instead of making it twice.
  const unsettledCreates = unsettledCreatesIn(browserSessionStorage());
  const senSite = memoise(() => resolveSite(client, config.senSite));
  // PnPjs and the care-team code load only when something is first created or Staff access is opened.
  const careTeams = memoise(async () => {
    // A site configured as `host:/sites/SEN` names its web URL; only one given by id needs Graph to find it.
    const [{ createCareTeams }, resolvedWebUrl] = await Promise.all([
      import(/* webpackChunkName: "care-teams" */ '../graph/sharepoint/access/careTeams'),
      senSitePathOf(config.senSite) ? Promise.resolve(undefined) : senSite().then((site) => site.webUrl),
    ]);
    return createCareTeams({
      webUrl:
        config.mode === 'local'
          ? localWebUrl(config.graphBaseUrl, config.senSite, resolvedWebUrl)
          : liveWebUrl(config.senSite, resolvedWebUrl),
      getAccessToken: (scopes) => tokens.getAccessToken(scopes),
      ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
      assistantsMayEdit: config.assistantsMayEdit ?? false,
      listIds: async () => (known ? known.listIds : resolveIepListIds(client, (await senSite()).id)),
    });
  });
  const storeCareTeams = async () => (await careTeams()).store;
  // Closed versions become records SharePoint locks, when the school named its label (docs/RECORDS.md).
  const label = config.records?.closedVersionLabel;
  const closedVersionLabel = label === undefined ? {} : { closedVersionLabel: label };
  // The SharePoint store's code (reads, saves, mappers) loads in its own chunk, alongside the site's
  // lookup, so the tab's first JavaScript stays within its budget.
  const sharePointStore = () => import(/* webpackChunkName: "store" */ '../graph/sharepoint/store');
  const store = memoise(async () =>
    (await sharePointStore()).createSharePointIepStore(client, {
      siteId: (await senSite()).id,
      clock: deps.clock,
      currentUser: () => Promise.resolve(currentUser),
      unsettledCreates,
      careTeams: storeCareTeams,
      ...closedVersionLabel,
    }),
  );
  // The roles SharePoint's groups give (docs/ACCESS.md); the pages offer only what they allow.
  const staffAccess: StaffAccessSource =
    deps.staffAccess ??
    (async () =>
      staffAccessFromGroups(
        await (await careTeams()).access.myGroups(),
        config.assistantsMayEdit ?? false,
        config.readAccess ?? 'care-team',
      ));
  const myAccess = memoise(() =>
    staffAccess({ client, siteId: async () => (await senSite()).id, currentUser }),
  );
  const known = deps.knownLocation;
  const carriedStore = known
    ? lazyStore(
        memoise(async () =>
          (await sharePointStore()).createSharePointIepStore(client, {
            siteId: known.siteId,
            listIds: known.listIds,
            confirmSite: config.senSite,
            clock: deps.clock,
            currentUser: () => Promise.resolve(currentUser),
            unsettledCreates,
            careTeams: storeCareTeams,
            ...closedVersionLabel,
          }),
        ),
      )
    : null;
  const storeForCopies = withKnownLocation(lazyStore(store), carriedStore);
  // The tab's URL carries the site id; only without it is the site looked up.
  const siteIdForFiles = async () => known?.siteId ?? (await senSite()).id;
  const schoolBranding = schoolBrandingLoader(config.school, deps.fetchImpl);
  const services: AppServices = {
    mode: config.mode,
    senSite: config.senSite,
    store: storeForCopies,
    provisions: lazyProvisionStore(
      memoise(async () => {
        const { createSharePointProvisionStore } = await import(
          /* webpackChunkName: "provision-store" */ '../graph/sharepoint/provisions/provisionStore'
        );
        return createSharePointProvisionStore(client, {
          siteId: (await senSite()).id,
          clock: deps.clock,
          currentUser: () => Promise.resolve(currentUser),
          unsettledCreates,
          careTeams: storeCareTeams,
        });
      }),
    ),
    calendar: createGraphReviewCalendar(calendarClient),
    outbox: config.mode === 'local' ? createLocalOutbox(config.graphBaseUrl, deps.fetchImpl) : null,
    clock: deps.clock,
    settings: defaultSchoolSettings(
      deps.clock,
      deps.schoolNation ?? undefined,
      config.documentNames ?? 'pupil-name',
      config.records,
      config.invitations,
      config.school,
    ),
    currentUser,
    staffAddresses: mailbox,
    myAccess,
    myRoleOnPupil: async (pupilId) => (await careTeams()).myRoleOnPupil(pupilId),
    listMyClasses: () => listJoinedTeams(client),
    findClassStaff: (classTeamId) => loadClassStaff(teamMembersClient, classTeamId),
    listClassRoster: (classTeamId) => loadClassRoster(rosterClient, classTeamId),
    reviewReminders: reminderSenderFor(config, remindersClient, currentUser),
    // Setting the site up is the SENCO's, once: its code loads when the configuration page checks the site.
    checkSenSite: async () => (await senSiteSetup()).checkSenSite(client, await senSite()),
    provisionSenSite: async (onProgress) =>
      (await senSiteSetup()).provisionSenSite(client, await senSite(), onProgress, async (listIds) =>
        (await careTeams()).access.ensureSetup(listIds, { readAccess: config.readAccess ?? 'care-team' }),
      ),
    checkSiteGrant: async (listId) => (await careTeams()).checkGrant(listId),
    signOut: () => tokens.signOut(),
    documents: createDocumentExporter({
      school: schoolBranding,
      convertToPdf: pdfThroughSiteLibrary(client, siteIdForFiles),
    }),
    // Loaded when a copy is first sent: mail, PDF conversion and the document's inputs stay out of the first load.
    copyHome: lazyCopyHomeSender(async () =>
      (await import(/* webpackChunkName: "copy-home" */ './copyHome')).createCopyHomeSender({
        filesClient: client,
        mailClient,
        siteId: siteIdForFiles,
        store: storeForCopies,
        clock: deps.clock,
        school: schoolBranding,
        // The plan sent home prints the child's group targets, as every full plan does.
        provisions: { pupilProvisions: (pupilId) => services.provisions.pupilProvisions(pupilId) },
      }),
    ),
    careTeams: lazyCareTeamAdmin(async () => (await careTeams()).admin),
  };
  return services;
};
