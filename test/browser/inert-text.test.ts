// Article text is hostile input: a <script>, an <img onerror> and a javascript: link in it are
// shown as the characters they are, and none of them runs. Fails if any script of theirs runs.
import { describe, expect, it } from 'vitest';
import { hasChromium, SKIP_MESSAGE } from './helpers/chromium.js';
import { serverAndBrowser } from './helpers/session.js';
import { cspViolations, openPage } from './helpers/page-tools.js';
import { TOKEN } from './helpers/serve.js';

if (!hasChromium) console.warn(SKIP_MESSAGE);

const PAYLOAD = [
  'Officials said 12 people were killed <script>window.__pwned = "script"; alert("script")</script> in the strike.',
  'Another 40 were wounded <img src=x onerror="window.__pwned = \'img\'; alert(\'img\')"> according to the ministry.',
  'Read <a href="javascript:window.__pwned=\'link\';alert(\'link\')">the full report</a> on 3 missing people.',
  '<svg onload="window.__pwned=\'svg\'"></svg><iframe src="javascript:alert(1)"></iframe>',
].join('\n');

describe.skipIf(!hasChromium)('hostile article text', () => {
  const session = serverAndBrowser();

  it('renders markup in an article as inert text, through the form and when loaded back', async () => {
    const { page, errors, dialogs } = await openPage(session.browser);
    await page.addInitScript(() => { (window as unknown as { __pwned: string }).__pwned = 'untouched'; });
    await page.goto(`${session.server.url}#/paste`);
    await page.getByLabel('Article text').fill(PAYLOAD);
    await page.getByLabel('Published').fill('2025-12-13');
    await page.getByLabel('Outlet').fill('<b>Outlet</b><script>alert(2)</script>');
    await page.getByLabel('Write token').fill(TOKEN);
    await page.getByRole('button', { name: 'Find the figures' }).click();
    await page.waitForURL('**/#/articles/**');
    const text = page.locator('.article-text');
    await text.waitFor();

    const pwned = () => page.evaluate(() => (window as unknown as { __pwned: string }).__pwned);
    const check = async () => {
      // First what matters most: nothing of theirs ran (an <img onerror> fires once the image fails).
      await page.waitForTimeout(300);
      expect(await pwned()).toBe('untouched');
      expect(dialogs).toEqual([]);
      // Nor did anything try and get stopped by the CSP: the page itself made no element of the text.
      expect(await cspViolations(page)).toEqual([]);
      // The characters are all there, as text.
      expect(await text.textContent()).toBe(PAYLOAD);
      expect(await page.locator('.view-meta').first().textContent()).toContain('<b>Outlet</b><script>');
      // No element came out of the text: only our marks and spans.
      expect(await text.locator('script, img, a, svg, iframe, b').count()).toBe(0);
      expect(await page.locator('img, iframe').count()).toBe(0);
      // Figures are still found and marked between the tags.
      expect(await text.locator('mark.figure').count()).toBeGreaterThanOrEqual(3);
      // Hover and focus every figure (the card shows sentences holding the markup), click the "link".
      for (const mark of await text.locator('mark.figure').all()) { await mark.hover(); await mark.focus(); }
      const link = await page.evaluate(() => {
        // Where the would-be link's words are on screen: a click there must do nothing.
        const walker = document.createTreeWalker(document.querySelector('.article-text')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = node.textContent!.indexOf('the full report');
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 3);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        return null;
      });
      expect(link).not.toBeNull();
      await page.mouse.click(link!.x, link!.y);
      await page.waitForTimeout(300);
      expect(await pwned()).toBe('untouched');
      expect(dialogs).toEqual([]);
    };
    await check();

    // Loaded back from the session.server (GET /articles/:id), not from the tab's memory.
    await page.reload();
    await text.waitFor();
    await check();

    // The same sentences in the figures table and the claim tooltips.
    await page.goto(`${session.server.url}#/figures`);
    await page.locator('.data-table tbody tr').first().waitFor();
    expect(await page.locator('.data-table img, .data-table script').count()).toBe(0);
    expect(await pwned()).toBe('untouched');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
