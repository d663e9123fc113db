// The page's only way to the server: one function per route, each returning the shapes in
// types.ts. Paths are absolute from the site root, where `crosscheck serve` mounts the API.
import { ApiError, apiErrorFrom, isRecord } from './api-error.js';
import { toArticleWithText } from './article-shape.js';
import { readToken } from './token-store.js';
import type {
  ArticleWithText, ClaimFilters, ClaimsPage, Disagreement, GroupDetail, GroupListItem, SourceSummary,
} from './types.js';

/** The token goes with reads too when the reader has one: a --private server needs it for them. */
function headers(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const token = readToken();
  return { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
}

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(path, { headers: headers(), ...(signal ? { signal } : {}) });
  if (!response.ok) throw await apiErrorFrom(response);
  return response.json();
}

/** Lists come bare or wrapped ({groups: [...]}): accept both so a shape change does not blank the page. */
function listOf<T>(body: unknown, key: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (isRecord(body) && Array.isArray(body[key])) return body[key] as T[];
  throw new ApiError(0, 'BAD_RESPONSE', `the server's answer has no ${key} list`);
}

const query = (params: Readonly<Record<string, string | number | undefined>>) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
};

export async function fetchClaims(filters: ClaimFilters, cursor: string | null, limit: number, signal?: AbortSignal): Promise<ClaimsPage> {
  const body = await getJson(`/claims${query({ ...filters, cursor: cursor ?? undefined, limit })}`, signal);
  const claims = listOf<ClaimsPage['claims'][number]>(body, 'claims');
  const nextCursor = isRecord(body) && typeof body['nextCursor'] === 'string' ? body['nextCursor'] : null;
  return { claims, nextCursor };
}

/** The server's largest page for the lists that have no cursor (groups, conflicts). */
const LIST_LIMIT = 1000;

export async function fetchGroups(filter: { measure?: string; about?: string }, signal?: AbortSignal): Promise<GroupListItem[]> {
  return listOf<GroupListItem>(await getJson(`/groups${query({ ...filter, limit: LIST_LIMIT })}`, signal), 'groups');
}

export async function fetchGroup(id: string, signal?: AbortSignal): Promise<GroupDetail> {
  const body = await getJson(`/groups/${encodeURIComponent(id)}`, signal);
  const group = isRecord(body) && isRecord(body['group']) ? body['group'] : body;
  if (!isRecord(group) || !Array.isArray(group['figures'])) throw new ApiError(0, 'BAD_RESPONSE', 'the server sent no group');
  return group as unknown as GroupDetail;
}

export async function fetchConflicts(signal?: AbortSignal): Promise<Disagreement[]> {
  return listOf<Disagreement>(await getJson(`/conflicts${query({ limit: LIST_LIMIT })}`, signal), 'conflicts');
}

export async function fetchSources(signal?: AbortSignal): Promise<SourceSummary[]> {
  return listOf<SourceSummary>(await getJson('/sources', signal), 'sources');
}

export async function fetchArticle(id: string, signal?: AbortSignal): Promise<ArticleWithText> {
  return toArticleWithText(await getJson(`/articles/${encodeURIComponent(id)}`, signal), null);
}

export interface NewArticle {
  readonly text: string;
  readonly published: string;
  readonly outlet: string;
  readonly token: string;
}

/** POST /articles as JSON; the text we sent is the text the offsets point into, whatever comes back. */
export async function postArticle(input: NewArticle): Promise<ArticleWithText> {
  const response = await fetch('/articles', {
    method: 'POST',
    headers: {
      ...headers({ 'content-type': 'application/json' }),
      ...(input.token ? { authorization: `Bearer ${input.token}` } : {}),
    },
    body: JSON.stringify({ text: input.text, published: input.published, ...(input.outlet ? { outlet: input.outlet } : {}) }),
  });
  if (!response.ok) throw await apiErrorFrom(response);
  return toArticleWithText(await response.json(), input.text);
}
