// Readable on a phone: at 390 px no view scrolls sideways (wide tables scroll inside their own
// box), and at 1280 px neither; the navigation is reachable by keyboard with a visible focus.
// Every view also runs under the strict CSP of web/CSP.md (no inline styles) without a violation.
import { describe, expect, it } from 'vitest';
import { hasChromium, SKIP_MESSAGE } from './helpers/chromium.js';
import { serverAndBrowser } from './helpers/session.js';
import { cspViolations, openPage, screenshot, useStrictCsp } from './helpers/page-tools.js';
import { postText, readSeed, seedExamples } from './helpers/serve.js';

if (!hasChromium) console.warn(SKIP_MESSAGE);

describe.skipIf(!hasChromium)('layout', () => {
  let views: string[];
  const session = serverAndBrowser(async (server) => {
    await seedExamples(server);
    const seed = await postText(server, readSeed(), '2025-12-13', 'Korea Herald');
    const { groups } = await (await fetch(`${server.url}groups`)).json() as { groups: { id: string }[] };
    views = ['#/paste', `#/articles/${seed.id}`, '#/figures', '#/groups', `#/groups/${groups[0]!.id}`, '#/conflicts', '#/map'];
  });

  for (const width of [390, 1280]) {
    it(`has no horizontal overflow at ${width} px`, async () => {
      const { page, errors } = await openPage(session.browser, width, 844);
      await useStrictCsp(page, session.server.url);
      for (const view of views) {
        await page.goto(`${session.server.url}${view}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect({ view, overflow }).toEqual({ view, overflow: 0 });
        expect({ view, violations: await cspViolations(page) }).toEqual({ view, violations: [] });
      }
      if (width === 390) await screenshot(page, 'map-390');
      expect(errors).toEqual([]);
      // The strict policy was in force: an inline style attribute is refused.
      const inlineStyleApplied = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.setAttribute('style', 'z-index: 7');
        document.body.append(probe);
        const applied = getComputedStyle(probe).zIndex === '7';
        probe.remove();
        return applied;
      });
      expect(inlineStyleApplied).toBe(false);
    });
  }

  it('lets a keyboard user skip to the content and move through the navigation', async () => {
    const { page } = await openPage(session.browser, 1280, 900);
    await page.goto(`${session.server.url}#/figures`);
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', outline: getComputedStyle(document.activeElement!).outlineStyle }));
      expect(info.outline).not.toBe('none');
      seen.push(info.text);
    }
    expect(seen).toEqual(expect.arrayContaining(['Figures', 'Cross-check', 'Conflicts', 'Map']));
  });
});
