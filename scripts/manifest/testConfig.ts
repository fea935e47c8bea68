import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeployConfig, type DeployConfig } from './deployConfig';

/** The committed example config, which the tests (and `npm run validate` without a school config) build from. */
export const EXAMPLE_CONFIG_PATH = join(__dirname, '..', '..', 'iep-planner.config.example.json');

export const exampleConfigJson = (): Record<string, unknown> =>
  JSON.parse(readFileSync(EXAMPLE_CONFIG_PATH, 'utf8')) as Record<string, unknown>;

export const exampleConfig = (overrides: Partial<DeployConfig> = {}): DeployConfig =>
  parseDeployConfig({ ...exampleConfigJson(), ...overrides });
