// The current route, re-read whenever the hash changes (links, back/forward, typed addresses).
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './parse-route.js';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const snapshot = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return parseRoute(hash);
}

export const navigate = (hash: string) => {
  window.location.hash = hash;
};
