// What every route file is handed: the injected store and pipeline, the reconcile cache and the
// auth rules. Routes reach nothing else (no globals, no environment).
import type { ClaimStore } from '../store/claim-store.js';
import type { Article, ClaimsDoc } from '../types.js';
import type { AuthOptions } from './auth.js';
import type { ReconcileCache } from './reconcile-cache.js';

export type Pipeline = (article: Article) => ClaimsDoc | Promise<ClaimsDoc>;

export interface RouteDeps {
  readonly store: ClaimStore;
  readonly pipeline: Pipeline;
  readonly cache: ReconcileCache;
  readonly auth: AuthOptions;
}

/** The object without its undefined fields: exactOptionalPropertyTypes keeps `x?: T` from taking undefined. */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
