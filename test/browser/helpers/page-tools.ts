// What several browser tests do with a page: watch it for errors, dialogs and CSP violations,
// and save a screenshot where CI keeps its artifacts (test-results/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './serve.js';

export const RESULTS = join(ROOT, 'test-results');

export interface Watched {
  readonly page: Page;
  readonly errors: string[];
  readonly dialogs: string[];
}

export async function openPage(browser: Browser, width = 1280, height = 900): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(`console: ${m.text()}`); });
  // Any alert/confirm/prompt means script ran that we did not write: record it, and dismiss it so
  // the page does not hang waiting.
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  // CSP violations are events in the page: collect them where the test can read them.
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return { page, errors, dialogs };
}

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** The whole page, one element (a CSS selector), or only what is in the viewport ('viewport'). */
export async function screenshot(page: Page, name: string, what?: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  if (what === 'viewport') await page.screenshot({ path });
  else if (what) await page.locator(what).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  return path;
}

/** The policy the page is built to run under (web/CSP.md): stricter than the server may send. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Serves the page's HTML with STRICT_CSP in place of the server's own policy. */
export async function useStrictCsp(page: Page, serverUrl: string): Promise<void> {
  await page.route((url) => url.href.startsWith(serverUrl), async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
}
