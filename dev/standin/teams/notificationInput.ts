import { GraphError, isRecordOrThrow, rejectUnknownProperties } from '../core/errors';
import type { DeclaredActivityType } from './model';

/** The body of `POST /teams/{id}/sendActivityNotification`, checked. */
export interface TeamNotification {
  readonly topic: {
    readonly source: 'entityUrl' | 'text';
    readonly value: string;
    readonly webUrl: string | null;
  };
  readonly declared: DeclaredActivityType;
  readonly previewText: string;
  readonly recipientUserId: string;
  readonly parameters: ReadonlyMap<string, string>;
}

/** The action's parameters in Graph's schema (v1.0 `$metadata`, bound to `graph.team`). */
const PARAMETERS = [
  'topic',
  'activityType',
  'chainId',
  'previewText',
  'teamsAppId',
  'templateParameters',
  'recipient',
  'iconId',
] as const;

/**
 * Teams shows only the first 150 characters of a preview
 * (https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification); Graph cuts the rest
 * silently, the stand-in refuses it so the app never relies on text nobody sees.
 */
export const PREVIEW_TEXT_LIMIT = 150;

const badRequest = (message: string): GraphError => new GraphError(400, 'BadRequest', message);

const stringOf = (value: unknown, what: string): string => {
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`'${what}' is required.`);
  return value;
};

const readTopic = (value: unknown, teamId: string, graphRoot: string): TeamNotification['topic'] => {
  const topic = isRecordOrThrow(value ?? null, 'topic');
  rejectUnknownProperties(topic, ['source', 'value', 'webUrl'], 'teamworkActivityTopic');
  const source = topic['source'];
  if (source !== 'entityUrl' && source !== 'text') {
    throw badRequest(`'topic.source' must be 'entityUrl' or 'text'.`);
  }
  const topicValue = stringOf(topic['value'], 'topic.value');
  const webUrl = topic['webUrl'] === undefined || topic['webUrl'] === null ? null : String(topic['webUrl']);
  if (source === 'text' && !webUrl) throw badRequest(`'topic.webUrl' is required when the source is text.`);
  // "The entity URL must be same or child resource of the team in the URL" (the page above).
  const teamUrl = `${graphRoot}/teams/${teamId}`;
  if (source === 'entityUrl' && topicValue !== teamUrl && !topicValue.startsWith(`${teamUrl}/`)) {
    throw badRequest(`'topic.value' must be the team's own Graph URL or one of its children.`);
  }
  return { source, value: topicValue, webUrl };
};

const readRecipient = (value: unknown): string => {
  const recipient = isRecordOrThrow(value ?? null, 'recipient');
  const type = String(recipient['@odata.type'] ?? '').replace(/^#/, '');
  if (type !== 'microsoft.graph.aadUserNotificationRecipient') {
    // The stand-in knows only the one recipient kind IEP Planner sends; Graph has channel and team ones too.
    throw badRequest(`'recipient' must be a microsoft.graph.aadUserNotificationRecipient.`);
  }
  rejectUnknownProperties(recipient, ['userId'], 'aadUserNotificationRecipient');
  return stringOf(recipient['userId'], 'recipient.userId');
};

const readParameters = (value: unknown): Map<string, string> => {
  if (value === undefined || value === null) return new Map();
  if (!Array.isArray(value)) throw badRequest(`'templateParameters' must be an array.`);
  const parameters = new Map<string, string>();
  for (const entry of value) {
    const pair = isRecordOrThrow(entry, 'templateParameters[]');
    rejectUnknownProperties(pair, ['name', 'value'], 'keyValuePair');
    parameters.set(stringOf(pair['name'], 'templateParameters[].name'), String(pair['value'] ?? ''));
  }
  return parameters;
};

/** `{name}` placeholders of a template; `{actor}` is Teams' own, filled with the sender's name. */
export const templatePlaceholders = (templateText: string): string[] =>
  [...templateText.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] as string).filter((n) => n !== 'actor');

/**
 * Checks a team notice against Graph's rules and the installed app's manifest: an activity type the
 * manifest does not declare, or a template parameter left out, is a 400.
 */
export const readTeamNotification = (
  body: unknown,
  teamId: string,
  graphRoot: string,
  declaredTypes: readonly DeclaredActivityType[],
): TeamNotification => {
  const input = isRecordOrThrow(body ?? null, 'body');
  rejectUnknownProperties(input, PARAMETERS, 'sendActivityNotification');
  const topic = readTopic(input['topic'], teamId, graphRoot);
  const activityType = stringOf(input['activityType'], 'activityType');
  const declared = declaredTypes.find((candidate) => candidate.type === activityType);
  if (!declared) {
    throw badRequest(`Activity type '${activityType}' is not declared in the app's manifest.`);
  }
  const preview = isRecordOrThrow(input['previewText'] ?? null, 'previewText');
  const previewText = stringOf(preview['content'], 'previewText.content');
  if (previewText.length > PREVIEW_TEXT_LIMIT) {
    throw badRequest(`'previewText.content' is longer than ${PREVIEW_TEXT_LIMIT} characters.`);
  }
  const parameters = readParameters(input['templateParameters']);
  const missing = templatePlaceholders(declared.templateText).filter((name) => !parameters.has(name));
  if (missing.length > 0) throw badRequest(`Template parameters missing: ${missing.join(', ')}.`);
  return { topic, declared, previewText, recipientUserId: readRecipient(input['recipient']), parameters };
};

/** The line a recipient sees: the template with `{actor}` and each parameter filled in. */
export const fillTemplate = (
  templateText: string,
  actor: string,
  parameters: ReadonlyMap<string, string>,
): string =>
  templateText.replace(/\{([^{}]+)\}/g, (whole, name: string) =>
    name === 'actor' ? actor : (parameters.get(name) ?? whole),
  );
