import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { TEAMS_SCHEMA_VERSION } from './buildTeamsManifest';

/**
 * Validates a Teams app manifest against the JSON schema bundled in @microsoft/app-manifest (draft-04).
 * The schema is passed in explicitly, so nothing is fetched from the network.
 */
const requireFromHere = createRequire(__filename);

export const teamsSchemaPath = (version: string = TEAMS_SCHEMA_VERSION): string =>
  requireFromHere.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );

type Validate = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params: object }[] | null;
};

const compiled = new Map<string, Validate>();

const validatorFor = (version: string): Validate => {
  const cached = compiled.get(version);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(teamsSchemaPath(version), 'utf8')) as object;
  // strict: false because Microsoft's schema uses annotations ajv does not know; allErrors to list every problem.
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema) as Validate;
  compiled.set(version, validate);
  return validate;
};

/** Problems as "path: message", e.g. `/accentColor: must match pattern "^#[0-9a-fA-F]{6}$"`; empty when valid. */
export const validateTeamsManifest = (manifest: unknown): string[] => {
  const version =
    typeof manifest === 'object' &&
    manifest !== null &&
    typeof (manifest as { manifestVersion?: unknown }).manifestVersion === 'string'
      ? ((manifest as { manifestVersion: string }).manifestVersion ?? TEAMS_SCHEMA_VERSION)
      : TEAMS_SCHEMA_VERSION;
  let validate: Validate;
  try {
    validate = validatorFor(version);
  } catch {
    return [`/manifestVersion: no bundled schema for version "${version}"; use ${TEAMS_SCHEMA_VERSION}`];
  }
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((error) => {
    const extra =
      'additionalProperty' in error.params
        ? ` (${String((error.params as { additionalProperty: unknown }).additionalProperty)})`
        : '';
    return `${error.instancePath || '/'}: ${error.message ?? 'is not valid'}${extra}`;
  });
};
