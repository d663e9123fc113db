// Loads something when its key changes and drops answers that arrive after the key moved on,
// so a slow response never overwrites a newer view.
import { useEffect, useState } from 'react';

export type Load<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly data: T }
  | { readonly state: 'error'; readonly error: Error };

export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Load<T> {
  const [result, setResult] = useState<{ key: string; load: Load<T> }>({ key, load: { state: 'loading' } });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ key, load: { state: 'loading' } });
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setResult({ key, load: { state: 'ok', data } }); },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ key, load: { state: 'error', error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` is what names the thing loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result.key === key ? result.load : { state: 'loading' };
}
