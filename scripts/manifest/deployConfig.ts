import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppConfigSchema, type LiveAppConfig } from '../../src/app/config';
import {
  DEFAULT_RETAIN_UNTIL_AGE_YEARS,
  DocumentNamesSchema,
  RecordsSettingsSchema,
  SchoolIdentitySchema,
} from '../../src/domain/school';
import { DEFAULT_INVITATION_WORDING, InvitationWordingSchema } from '../../src/domain/invitationWording';
import { ReadAccessSchema } from '../../src/domain/staffAccess';

/**
 * The one file a school fills in to deploy IEP Planner (`iep-planner.config.json`). Both manifests and
 * the runtime `app-config.json` are generated from it, so they cannot disagree.
 */
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const guid = (what: string) =>
  z.string().regex(GUID, { error: `must be ${what}, a GUID like 0f8fad5b-d9cb-469f-a165-70867728950e` });

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

const httpsOrigin = z
  .url({
    protocol: /^https$/,
    error: 'must be the https:// origin the files are served from, e.g. https://iep.school.example',
  })
  .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
    error: 'must be an origin only (scheme, host and optional port), with no path, query or #fragment',
  })
  .transform((value) => value.replace(/\/$/, ''));

export const DeployConfigSchema = z.strictObject({
  /** Directory (tenant) ID from Microsoft Entra. */
  tenantId: guid('the Directory (tenant) ID from the Entra app registration overview'),
  /** Application (client) ID of the Entra app registration. */
  clientId: guid('the Application (client) ID from the Entra app registration overview'),
  /** The Teams app's own id (and the Word add-in's Id); generate one GUID per school and keep it. */
  appId: guid('a GUID you generate once for this school and keep for every later version'),
  hostingOrigin: httpsOrigin,
  /** The SEN site in `hostname:/server-relative-path` form, e.g. `contoso.sharepoint.com:/sites/SEN`. */
  senSite: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+:\/(sites|teams)\/[^\s/]+$/i, {
    error: 'must look like contoso.sharepoint.com:/sites/SEN (host, a colon, then the site path)',
  }),
  /**
   * What downloaded documents are named by: `pupil-name` (the default) or `pupil-reference`, for a
   * school that keeps children's names out of file names.
   */
  documentNames: DocumentNamesSchema.default('pupil-name'),
  /**
   * Whether teaching assistants may change plans, targets and reviews of their class's pupils (default
   * false: they read plans and add evidence). See docs/ACCESS.md.
   */
  assistantsMayEdit: z.boolean().default(false),
  /**
   * Who may read a pupil's plans: `care-team` (the default: their class's staff and the SEN leads) or
   * `all-staff` (every member of the SEN site reads every plan; changing stays with the care team). It
   * takes effect when the SENCO runs the configuration page's setup. See docs/ACCESS.md.
   */
  readAccess: ReadAccessSchema.default('care-team'),
  /**
   * The school's retention of IEP records: kept until the pupil is `retainUntilAgeYears` old (default 25;
   * take the figure from the school's own retention schedule, see docs/RECORDS.md).
   */
  records: RecordsSettingsSchema.default({ retainUntilAgeYears: DEFAULT_RETAIN_UNTIL_AGE_YEARS }),
  /**
   * What review invitations say before anyone opens them: `subject` and `introduction`, with
   * `{firstName}` the only placeholder (default: "Meeting at school about {firstName}").
   */
  invitations: InvitationWordingSchema.default(DEFAULT_INVITATION_WORDING),
  /**
   * The school's name for documents' page headers and, optionally, its logo: the file name of a PNG or
   * JPEG uploaded beside tab.html (docs/DEPLOY.md). Documents print without them when left out.
   */
  school: SchoolIdentitySchema.optional(),
  /** Manifest version; raise it for every upload so Teams and Office pick up the change. */
  version: z.string().regex(/^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/, {
    error: 'must be three numbers such as 1.0.0 (each at most 99999)',
  }),
  developer: z.strictObject({
    /** Shown in Teams as the app's publisher: usually the school or trust. */
    name: z
      .string()
      .trim()
      .min(1, { error: 'is required' })
      .max(32, { error: 'must be at most 32 characters' }),
    websiteUrl: httpsUrl,
    privacyUrl: httpsUrl,
    termsOfUseUrl: httpsUrl,
  }),
});

export type DeployConfig = z.infer<typeof DeployConfigSchema>;

export class DeployConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DeployConfigError';
  }
}

const fieldName = (path: readonly PropertyKey[]) =>
  path.length ? path.map(String).join('.') : '(the whole file)';

/** Validates raw JSON; every problem names its field, e.g. `clientId must be the Application (client) ID ...`. */
export const parseDeployConfig = (raw: unknown, source = 'iep-planner.config.json'): DeployConfig => {
  const result = DeployConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new DeployConfigError(
    source,
    result.error.issues.map((issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined)
        return `${fieldName(issue.path)} is missing`;
      if (issue.code === 'unrecognized_keys')
        return `unknown field(s): ${issue.keys.join(', ')} (check the spelling)`;
      return `${fieldName(issue.path)} ${issue.message}`;
    }),
  );
};

/** Environment variables that override (or replace) the file, for CI pipelines. */
export const DEPLOY_ENV_VARS = {
  tenantId: 'IEP_TENANT_ID',
  clientId: 'IEP_CLIENT_ID',
  appId: 'IEP_APP_ID',
  hostingOrigin: 'IEP_HOSTING_ORIGIN',
  senSite: 'IEP_SEN_SITE',
  version: 'IEP_VERSION',
  'developer.name': 'IEP_DEVELOPER_NAME',
  'developer.websiteUrl': 'IEP_DEVELOPER_WEBSITE_URL',
  'developer.privacyUrl': 'IEP_PRIVACY_URL',
  'developer.termsOfUseUrl': 'IEP_TERMS_OF_USE_URL',
} as const;

type Json = Record<string, unknown>;

const withEnvironment = (base: Json, env: NodeJS.ProcessEnv): Json => {
  const merged: Json = { ...base };
  const developer: Json =
    typeof base.developer === 'object' && base.developer !== null ? { ...(base.developer as Json) } : {};
  for (const [field, variable] of Object.entries(DEPLOY_ENV_VARS)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    if (field.startsWith('developer.')) developer[field.slice('developer.'.length)] = value;
    else merged[field] = value;
  }
  if (Object.keys(developer).length > 0) merged.developer = developer;
  return merged;
};

/** Reads the config file (if given) and applies IEP_* environment variables on top. */
export const loadDeployConfig = (path: string | null, env: NodeJS.ProcessEnv = process.env): DeployConfig => {
  let fromFile: Json = {};
  if (!path && !Object.values(DEPLOY_ENV_VARS).some((variable) => env[variable])) {
    throw new DeployConfigError('iep-planner.config.json', [
      'was not found. Copy iep-planner.config.example.json to iep-planner.config.json and fill it in (docs/DEPLOY.md), pass --config <path>, or set the IEP_* environment variables.',
    ]);
  }
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new DeployConfigError(path, [
        'the file could not be read. Copy iep-planner.config.example.json to iep-planner.config.json and fill it in, or pass --config <path>.',
      ]);
    }
    try {
      fromFile = JSON.parse(text) as Json;
    } catch (error) {
      throw new DeployConfigError(path, [
        `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      ]);
    }
  }
  return parseDeployConfig(withEnvironment(fromFile, env), path ?? 'the IEP_* environment variables');
};

/** The runtime configuration served as `app-config.json`, checked by the app's own schema. */
export const toLiveAppConfig = (config: DeployConfig): LiveAppConfig => {
  const live = AppConfigSchema.parse({
    mode: 'live',
    tenantId: config.tenantId,
    clientId: config.clientId,
    senSite: config.senSite,
    hostingOrigin: config.hostingOrigin,
    teamsAppId: config.appId,
    documentNames: config.documentNames,
    assistantsMayEdit: config.assistantsMayEdit,
    readAccess: config.readAccess,
    records: config.records,
    invitations: config.invitations,
    ...(config.school ? { school: config.school } : {}),
  });
  if (live.mode !== 'live') throw new Error('unreachable: live config parsed as another mode');
  return live;
};
