// What a view shows while its data is on the way or failed to come: one wording everywhere.
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.js';
import type { Load } from './use-load.js';

export function LoadStatus<T>({ load, children }: { load: Load<T>; children: (data: T) => ReactNode }) {
  if (load.state === 'loading') return <p className="status" role="status">Loading…</p>;
  if (load.state === 'error') return <ErrorMessage error={load.error} />;
  return <>{children(load.data)}</>;
}

export function ErrorMessage({ error }: { error: Error }) {
  const code = error instanceof ApiError ? ` (${error.code})` : '';
  return <p className="status status-error" role="alert">Could not load: {error.message}{code}</p>;
}
