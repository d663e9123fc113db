// Paste an article into the page: its figures come back highlighted (one focusable mark per
// figure, at least as many as claims share characters), sources underlined, and a figure's claim
// card opens on hover and on keyboard focus.
import { describe, expect, it } from 'vitest';
import { hasChromium, SKIP_MESSAGE } from './helpers/chromium.js';
import { serverAndBrowser } from './helpers/session.js';
import { openPage, screenshot } from './helpers/page-tools.js';
import { readSeed, TOKEN } from './helpers/serve.js';

if (!hasChromium) console.warn(SKIP_MESSAGE);

describe.skipIf(!hasChromium)('paste an article', () => {
  const session = serverAndBrowser();

  it('highlights every figure of the pasted seed article, and shows its claim card', async () => {
    const { page, errors, dialogs } = await openPage(session.browser);
    await page.goto(`${session.server.url}#/paste`);
    await page.getByLabel('Article text').fill(readSeed());
    await page.getByLabel('Published').fill('2025-12-13');
    await page.getByLabel('Outlet').fill('Korea Herald');
    await page.getByLabel('Write token').fill(TOKEN);
    const posted = page.waitForResponse((r) => r.url().endsWith('/articles') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Find the figures' }).click();
    const response = await posted;
    expect(response.status()).toBeLessThan(300);
    const doc = await response.json() as { article: { id: string }; claims: { valueSpan: { start: number; end: number } }[] };
    expect(doc.claims.length).toBeGreaterThan(3);

    await page.waitForURL(`**/#/articles/${doc.article.id}`);
    const marks = page.locator('.article-text mark.figure');
    await marks.first().waitFor();
    // Claims on the same characters share one mark; count the distinct number spans.
    const distinct = new Set(doc.claims.map((c) => `${c.valueSpan.start}:${c.valueSpan.end}`)).size;
    expect(await marks.count()).toBeGreaterThanOrEqual(distinct);
    // Every claim's number is inside some mark.
    const marked = await marks.evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-start')), Number(e.getAttribute('data-end'))] as const));
    for (const c of doc.claims) expect(marked.some(([s, e]) => s <= c.valueSpan.start && c.valueSpan.end <= e)).toBe(true);
    expect(await page.locator('.article-text .source').count()).toBeGreaterThan(2);
    // The page shows the article's own characters: "9 soldiers had died" reads as in the file.
    expect(await page.locator('.article-text').textContent()).toBe(readSeed());

    // Each mark is focusable and described; focusing one opens its card.
    for (const el of await marks.all()) {
      expect(await el.getAttribute('tabindex')).toBe('0');
      const describedBy = await el.getAttribute('aria-describedby');
      expect(describedBy).toBeTruthy();
      expect((await page.locator(`[id="${describedBy}"]`).textContent())?.length).toBeGreaterThan(5);
    }
    const nine = page.locator('.article-text mark.figure', { hasText: /^9$/ }).first();
    await nine.focus();
    const card = page.locator('.card-panel .claim-card');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toMatch(/Kim Jong-un/);
    expect(await card.textContent()).toMatch(/killed/);

    // Hovering another figure moves the card to it.
    await page.locator('.article-text mark.figure', { hasText: '14,000' }).hover();
    await expect.poll(async () => card.first().textContent()).toMatch(/deployed/);

    await screenshot(page, 'article-view-seed');
    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the card is a sheet along the bottom of the screen, over the text.
    await nine.blur();
    await nine.focus();
    await expect.poll(async () => card.first().textContent()).toMatch(/Kim Jong-un/);
    await screenshot(page, 'article-view-seed-390', 'viewport');
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('reaches the figures from the keyboard alone', async () => {
    const { page } = await openPage(session.browser);
    const id = (await (await fetch(`${session.server.url}claims?limit=1`)).json() as { claims: { articleId: string }[] }).claims[0]!.articleId;
    await page.goto(`${session.server.url}#/articles/${id}`);
    await page.locator('mark.figure').first().waitFor();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('mark.figure') ?? false);
    }
    expect(reached).toBe(true);
    // Visible focus: the focused figure has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    expect(await page.locator('.card-panel .claim-card').count()).toBeGreaterThan(0);
  });

  it('opens a figure linked from the figures table focused, with its card', async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${session.server.url}#/figures?measure=deployed`);
    const link = page.locator('.data-table tbody td.num a').first();
    await link.waitFor();
    const value = await link.textContent();
    await link.click();
    await page.waitForURL('**/#/articles/*?figure=*');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('mark.figure') ?? false)).toBe(true);
    await page.waitForTimeout(400); // past the view change's own focus move (app.tsx)
    expect(await page.evaluate(() => document.activeElement?.className)).toMatch(/figure-active/);
    expect(await page.locator('.card-panel .claim-card-value').first().textContent()).toBe(value);
  });
});
