// The page's addresses live after '#', so the server only ever serves index.html and its assets,
// and a link to a view can be shared. One function turns a hash into a view and its parameters.
export type Route =
  | { readonly view: 'paste' }
  | { readonly view: 'article'; readonly id: string; readonly figure: number | null }
  | { readonly view: 'figures'; readonly params: URLSearchParams }
  | { readonly view: 'groups'; readonly params: URLSearchParams }
  | { readonly view: 'group'; readonly id: string }
  | { readonly view: 'conflicts' }
  | { readonly view: 'map' }
  | { readonly view: 'not-found'; readonly path: string };

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a malformed escape names nothing; let the view report it as not found
  }
};

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const parts = pathPart.split('/').filter(Boolean).map(decode);
  const params = new URLSearchParams(queryPart);
  const [head, id, ...rest] = parts;
  if (head === undefined) return { view: 'paste' };
  if (rest.length === 0) {
    if (head === 'paste' && id === undefined) return { view: 'paste' };
    if (head === 'figures' && id === undefined) return { view: 'figures', params };
    if (head === 'groups' && id === undefined) return { view: 'groups', params };
    if (head === 'groups' && id !== undefined) return { view: 'group', id };
    if (head === 'articles' && id !== undefined) {
      const figure = Number(params.get('figure'));
      return { view: 'article', id, figure: params.has('figure') && Number.isInteger(figure) ? figure : null };
    }
    if (head === 'conflicts' && id === undefined) return { view: 'conflicts' };
    if (head === 'map' && id === undefined) return { view: 'map' };
  }
  return { view: 'not-found', path: pathPart };
}

/** The hash for a view: the inverse of parseRoute for the links the page builds. */
export const hrefFor = {
  paste: () => '#/paste',
  article: (id: string, figure?: number) => `#/articles/${encodeURIComponent(id)}${figure === undefined ? '' : `?figure=${figure}`}`,
  figures: (params?: Readonly<Record<string, string>>) => withQuery('#/figures', params),
  groups: (params?: Readonly<Record<string, string>>) => withQuery('#/groups', params),
  group: (id: string) => `#/groups/${encodeURIComponent(id)}`,
  conflicts: () => '#/conflicts',
  map: () => '#/map',
};

function withQuery(path: string, params?: Readonly<Record<string, string>>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) search.set(k, v);
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}
