import { z } from 'zod';
import { InvitationWordingSchema } from '../domain/invitationWording';
import { DocumentNamesSchema, RecordsSettingsSchema, SchoolIdentitySchema } from '../domain/school';
import { ReadAccessSchema } from '../domain/staffAccess';

/**
 * Runtime configuration, read from `app-config.json` served beside the bundles, so one build can be
 * hosted for a school without rebuilding. Local mode points Graph at the stand-in on loopback.
 */
export const AppConfigSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('local'),
    /** Graph root without the version, e.g. `http://127.0.0.1:3978/` (the client appends `v1.0`). */
    graphBaseUrl: z.url({ error: 'graphBaseUrl must be a URL such as http://127.0.0.1:3978/' }),
    /** The SEN site that holds the IEP lists (hostname:/server-relative-path form or a site id). */
    senSite: z.string().min(1, { error: 'senSite is required, e.g. contoso.sharepoint.com:/sites/SEN' }),
    documentNames: DocumentNamesSchema.optional(),
    assistantsMayEdit: z.boolean().optional(),
    /** Who reads every plan: each pupil's care team only (the default) or every SEN-site member. */
    readAccess: ReadAccessSchema.optional(),
    /** How long pupils' records are kept (docs/RECORDS.md). */
    records: RecordsSettingsSchema.optional(),
    /** What review invitations say (docs/DEPLOY.md); a safe default when left out. */
    invitations: InvitationWordingSchema.optional(),
    /** The school's name and logo for documents (docs/DEPLOY.md). */
    school: SchoolIdentitySchema.optional(),
    /** Demo users offered by the persona switcher. */
    personas: z.array(z.object({ name: z.string(), email: z.string(), role: z.string() })).min(1),
  }),
  z.object({
    mode: z.literal('live'),
    graphBaseUrl: z.literal('https://graph.microsoft.com/').default('https://graph.microsoft.com/'),
    tenantId: z
      .string()
      .regex(/^[0-9a-f-]{36}$/i, { error: 'tenantId must be the Directory (tenant) ID GUID from Entra.' }),
    clientId: z
      .string()
      .regex(/^[0-9a-f-]{36}$/i, { error: 'clientId must be the Application (client) ID GUID from Entra.' }),
    senSite: z.string().min(1, { error: 'senSite is required, e.g. contoso.sharepoint.com:/sites/SEN' }),
    hostingOrigin: z.url({ error: 'hostingOrigin must be the https:// origin the files are served from.' }),
    /**
     * The Teams app's id (its manifest's `id`), for links into the app from an activity-feed reminder;
     * without it the register offers no reminders.
     */
    teamsAppId: z
      .string()
      .regex(/^[0-9a-f-]{36}$/i, { error: 'teamsAppId must be the Teams app id GUID from its manifest.' })
      .optional(),
    /** The school's choice: downloads named by the pupil's name (the default) or by their pupil reference. */
    documentNames: DocumentNamesSchema.optional(),
    /** The school's choice: teaching assistants may change plans, not only read them and add evidence. */
    assistantsMayEdit: z.boolean().optional(),
    /** The school's choice: plans read by each pupil's care team only, or by every SEN-site member. */
    readAccess: ReadAccessSchema.optional(),
    /** How long pupils' records are kept: until they reach `retainUntilAgeYears` (docs/RECORDS.md). */
    records: RecordsSettingsSchema.optional(),
    /** The school's wording of review invitations: subject and first line, `{firstName}` at most. */
    invitations: InvitationWordingSchema.optional(),
    /** The school's name in documents' page headers and its logo, a PNG or JPEG served beside tab.html. */
    school: SchoolIdentitySchema.optional(),
  }),
]);
export type AppConfig = z.infer<typeof AppConfigSchema>;
export type LocalAppConfig = Extract<AppConfig, { mode: 'local' }>;
export type LiveAppConfig = Extract<AppConfig, { mode: 'live' }>;
