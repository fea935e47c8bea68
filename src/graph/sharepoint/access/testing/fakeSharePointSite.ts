import { json, spError, type SeenRequest } from './recordingFetch';

/**
 * A tiny in-memory SharePoint site for unit tests of the URL and body shapes: groups, members, levels,
 * lists, folders and role assignments, enough to see what a run sends and that a second run sends no
 * writes. Not the stand-in (dev/standin), which the integration tests use.
 */
export interface FakeSite {
  readonly fetchImpl: typeof fetch;
  readonly seen: SeenRequest[];
  readonly writes: () => string[];
  readonly groups: Map<number, { Id: number; Title: string; Owner?: number; members: Set<number> }>;
  readonly levels: Map<number, { Id: number; Name: string; BasePermissions?: unknown }>;
  readonly users: Map<number, { Id: number; LoginName: string }>;
  readonly assignments: Map<string, Set<string>>;
  readonly unique: Set<string>;
  readonly lists: Map<string, { root: string; versioning: boolean; folders: Map<string, number> }>;
  /** Answers the next request whose `_api` path matches with this instead. */
  readonly failNext: (pattern: RegExp, answer: Response | Error) => void;
}

export const SITE = '/sites/SEN';
export const ME = { Id: 10, LoginName: 'i:0#.f|membership|senco@oakfield.example' };

export const fakeSharePointSite = (listIds: Record<string, string>): FakeSite => {
  const seen: SeenRequest[] = [];
  const groups: FakeSite['groups'] = new Map([
    [3, { Id: 3, Title: 'SEN Owners', members: new Set<number>() }],
  ]);
  const levels: FakeSite['levels'] = new Map([
    [1073741829, { Id: 1073741829, Name: 'Full Control' }],
    [1073741826, { Id: 1073741826, Name: 'Read' }],
  ]);
  const users: FakeSite['users'] = new Map([[ME.Id, ME]]);
  const assignments: FakeSite['assignments'] = new Map();
  const unique = new Set<string>();
  const lists: FakeSite['lists'] = new Map(
    Object.entries(listIds).map(([key, id]) => [
      id,
      { root: `${SITE}/Lists/IEP ${key}`, versioning: false, folders: new Map<string, number>() },
    ]),
  );
  const failures: { pattern: RegExp; answer: Response | Error }[] = [];
  let nextId = 100;

  const assigned = (scope: string) => {
    let set = assignments.get(scope);
    if (!set) assignments.set(scope, (set = new Set()));
    return set;
  };

  const route = (r: SeenRequest): Response => {
    const api = r.api.replace(/\?.*$/, '');
    const post = r.method === 'POST';
    const body = (r.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if (/^web\/currentuser$/i.test(api)) return json(ME);
    if (/^web\/currentuser\/groups$/i.test(api))
      return json({
        value: [...groups.values()]
          .filter((g) => g.members.has(ME.Id))
          .map(({ Id, Title }) => ({ Id, Title })),
      });
    if (post && /^web\/ensureuser$/i.test(api)) {
      const login = String(body['logonName']);
      const found = [...users.values()].find((u) => u.LoginName === login);
      if (found) return json(found);
      const user = { Id: (nextId += 1), LoginName: login };
      users.set(user.Id, user);
      return json(user);
    }
    if (/^web\/associatedownergroup$/i.test(api)) return json({ Id: 3 });
    if (/^web\/associatedmembergroup$/i.test(api)) return json({ Id: 5 });
    if (/^web\/sitegroups$/i.test(api)) {
      if (!post) return json({ value: [...groups.values()].map(({ Id, Title }) => ({ Id, Title })) });
      const title = String(body['Title']);
      if ([...groups.values()].some((g) => g.Title === title))
        return spError(400, 'The specified name is already in use.');
      const group = { Id: (nextId += 1), Title: title, members: new Set<number>() };
      groups.set(group.Id, group);
      return json({ Id: group.Id, Title: title });
    }
    if ((m = /^web\/sitegroups\((\d+)\)\/SetUserAsOwner\((\d+)\)$/i.exec(api))) {
      const group = groups.get(Number(m[1]));
      if (group) group.Owner = Number(m[2]);
      return new Response(null, { status: 204 });
    }
    if ((m = /^web\/sitegroups\((\d+)\)\/users$/i.exec(api))) {
      const group = groups.get(Number(m[1]));
      if (!group) return spError(404, 'Group cannot be found.');
      if (!post) return json({ value: [...group.members].map((id) => users.get(id)) });
      const login = String(body['LoginName']);
      let user = [...users.values()].find((u) => u.LoginName === login);
      if (!user) users.set((user = { Id: (nextId += 1), LoginName: login }).Id, user);
      group.members.add(user.Id);
      return json(user);
    }
    if ((m = /^web\/sitegroups\((\d+)\)\/users\/removeById\((\d+)\)$/i.exec(api))) {
      groups.get(Number(m[1]))?.members.delete(Number(m[2]));
      return new Response(null, { status: 204 });
    }
    if (/^web\/roledefinitions$/i.test(api)) {
      if (!post) return json({ value: [...levels.values()].map(({ Id, Name }) => ({ Id, Name })) });
      const level = {
        Id: (nextId += 1),
        Name: String(body['Name']),
        BasePermissions: body['BasePermissions'],
      };
      levels.set(level.Id, level);
      return json({ Id: level.Id, Name: level.Name });
    }
    if ((m = /^web\/getFolderByServerRelativePath\(decodedUrl='(.+)'\)\/listItemAllFields$/i.exec(api))) {
      for (const list of lists.values())
        for (const [name, id] of list.folders) if (`${list.root}/${name}` === m[1]) return json({ Id: id });
      return spError(404, 'File Not Found.');
    }
    if ((m = /^web\/lists\('([^']+)'\)(.*)$/i.exec(api))) {
      const listId = m[1] as string;
      const list = lists.get(listId);
      if (!list) return spError(404, 'List does not exist.');
      const rest = m[2] as string;
      if (rest === '') {
        if (!post)
          return json({ EnableVersioning: list.versioning, HasUniqueRoleAssignments: unique.has(listId) });
        if (r.headers['x-http-method'] === 'MERGE') list.versioning = body['EnableVersioning'] === true;
        return new Response(null, { status: 204 });
      }
      if (/^\/rootFolder$/i.test(rest)) return json({ ServerRelativeUrl: list.root });
      const itemRead = /^\/items\((\d+)\)$/i.exec(rest);
      if (!post && itemRead)
        return json({ HasUniqueRoleAssignments: unique.has(`${listId}/${itemRead[1] as string}`) });
      if (post && /^\/AddValidateUpdateItemUsingPath\(\)$/i.test(rest)) {
        const info = body['listItemCreateInfo'] as {
          FolderPath: { DecodedUrl: string };
          LeafName?: { DecodedUrl: string };
          UnderlyingObjectType?: number;
        };
        if (info.UnderlyingObjectType === 1) {
          const name = info.LeafName?.DecodedUrl ?? '';
          if (list.folders.has(name))
            return json({
              value: [
                {
                  FieldName: 'Title',
                  FieldValue: name,
                  HasException: true,
                  ErrorCode: -2130575257,
                  ErrorMessage: `A file or folder with the name ${name} already exists.`,
                },
              ],
            });
          const id = (nextId += 1);
          list.folders.set(name, id);
          return json({
            value: [
              { FieldName: 'Title', FieldValue: name, HasException: false },
              { FieldName: 'Id', FieldValue: String(id), HasException: false },
            ],
          });
        }
        const values = body['formValues'] as { FieldName: string; FieldValue: string }[];
        return json({
          value: [
            ...values.map((v) => ({ ...v, HasException: false })),
            { FieldName: 'Id', FieldValue: String((nextId += 1)), HasException: false },
          ],
        });
      }
      const scopeMatch = /^(\/items\((\d+)\))?\/(.+)$/i.exec(rest);
      if (scopeMatch) {
        const scope = scopeMatch[2] ? `${listId}/${scopeMatch[2]}` : listId;
        const verb = scopeMatch[3] as string;
        if (
          (m =
            /^breakroleinheritance\(copyroleassignments=(true|false), ?clearsubscopes=(true|false)\)$/i.exec(
              verb,
            ))
        ) {
          if (!unique.has(scope)) {
            unique.add(scope);
            if (m[1] === 'true' && scopeMatch[2])
              for (const a of assignments.get(listId) ?? []) assigned(scope).add(a);
            if (m[1] === 'false') assigned(scope).add(`${ME.Id}:1073741829`);
          }
          return new Response(null, { status: 204 });
        }
        if (
          (m = /^roleassignments\/(add|remove)roleassignment\(principalid=(\d+), ?roledefid=(\d+)\)$/i.exec(
            verb,
          ))
        ) {
          const key = `${m[2]}:${m[3]}`;
          if (m[1]?.toLowerCase() === 'add') assigned(scope).add(key);
          else assigned(scope).delete(key);
          return new Response(null, { status: 200 });
        }
      }
    }
    return spError(404, `The fake site has no answer for ${r.method} ${r.api}`);
  };

  const fetchImpl: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const text = typeof init?.body === 'string' ? init.body : '';
    const request: SeenRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      url,
      api: decodeURIComponent(url.slice(url.indexOf('/_api/') + '/_api/'.length)),
      headers: Object.fromEntries(
        Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
      ),
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
    seen.push(request);
    const failure = failures.findIndex((f) => f.pattern.test(request.api));
    if (failure >= 0) {
      const answer = (failures.splice(failure, 1)[0] as { answer: Response | Error }).answer;
      if (answer instanceof Error) throw answer;
      return answer;
    }
    return route(request);
  };

  return {
    fetchImpl,
    seen,
    writes: () => seen.filter((r) => r.method === 'POST').map((r) => r.api),
    groups,
    levels,
    users,
    assignments,
    unique,
    lists,
    failNext: (pattern, answer) => failures.push({ pattern, answer }),
  };
};
