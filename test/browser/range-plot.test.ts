// The cross-check of the seed's North Korean figures: after the examples and the seed article are
// posted, the group's range plot draws one row per source, with low / best / high beside it.
import { describe, expect, it } from 'vitest';
import { hasChromium, SKIP_MESSAGE } from './helpers/chromium.js';
import { serverAndBrowser } from './helpers/session.js';
import { cspViolations, openPage, screenshot } from './helpers/page-tools.js';
import { postText, readSeed, seedExamples } from './helpers/serve.js';

if (!hasChromium) console.warn(SKIP_MESSAGE);

interface GroupItem { id: string; label: string; origins: string[]; figures: number }

describe.skipIf(!hasChromium)('range plot', () => {
  const session = serverAndBrowser(async (server) => {
    await seedExamples(server);
    await postText(server, readSeed(), '2025-12-13', 'Korea Herald');
  });

  it('draws a North Korea group with one row per source', async () => {
    const { page, errors, dialogs } = await openPage(session.browser);
    await page.goto(`${session.server.url}#/groups?about=North%20Korea`);
    const links = page.locator('a.group-link');
    await links.first().waitFor();
    const { groups } = await (await fetch(`${session.server.url}groups?about=North%20Korea`)).json() as { groups: GroupItem[] };
    expect(groups.length).toBeGreaterThan(0);
    // The group with the most sources: the one where Kim Jong-un's 9 meets the West's "over 6,000".
    const group = [...groups].sort((a, b) => b.origins.length - a.origins.length)[0]!;
    expect(await links.count()).toBe(groups.length);
    await page.locator(`a.group-link[href="#/groups/${group.id}"]`).click();

    const svg = page.locator('.range-plot svg.cc-plot');
    await svg.waitFor();
    const rows = await svg.locator('[aria-label="y-axis tick label"] text').allTextContents();
    expect(rows.length).toBe(group.origins.length);
    expect(await page.locator('.range-plot').getAttribute('data-rows')).toBe(String(group.origins.length));
    // Marks are drawn: a dot for each point value, an arrow for an open bound ("over 6,000").
    expect(await svg.locator('circle').count()).toBeGreaterThan(0);
    expect(await page.locator('.stat-row').textContent()).toMatch(/low.*best.*high/);
    // The timeline of the same figures, one symbol per source.
    expect(await page.locator('.timeline-plot svg.cc-plot [aria-label="dot"] path').count()).toBe(group.figures);
    await screenshot(page, 'range-plot-north-korea', '.range-plot');
    await screenshot(page, 'group-north-korea');
    // The charts draw under the session.server's CSP without tripping it (Plot's <style> is removed).
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('lists conflicts biggest first, draws the map and exports figures as CSV, all without outside requests or CSP trouble', async () => {
    const { page, errors } = await openPage(session.browser);
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(session.server.url)) outside.push(r.url()); });
    await page.goto(`${session.server.url}#/conflicts`);
    await page.locator('.conflict').first().waitFor();
    const ratios = await page.locator('.conflict-head strong').allTextContents();
    const numbers = ratios.map((r) => Number(r.replace(/[^\d.]/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    await page.goto(`${session.server.url}#/map`);
    await page.locator('.map-plot svg').first().waitFor();
    expect(await page.locator('.map-plot svg path').count()).toBeGreaterThan(100);
    expect(await page.locator('.map-view table').textContent()).toMatch(/RU/);
    await screenshot(page, 'map');

    await page.goto(`${session.server.url}#/figures?measure=killed`);
    await page.locator('.data-table tbody tr').first().waitFor();
    expect(await page.locator('.data-table tbody tr').count()).toBeGreaterThan(3);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = await (await download).createReadStream();
    let text = '';
    for await (const chunk of csv) text += String(chunk);
    expect(text.split('\r\n')[0]).toMatch(/^measure,value,low,high/);
    expect(text.split('\r\n').filter(Boolean).length).toBe(1 + await page.locator('.data-table tbody tr').count());

    expect(outside).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
