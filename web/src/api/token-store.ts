// The write token lives in sessionStorage: it survives a reload but not the tab, and is never
// written into the page's address or local storage.
const KEY = 'crosscheck.token';

export function readToken(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage disabled (private mode, sandboxed frame): the field still works for this page
  }
}

export function saveToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // see readToken
  }
}
