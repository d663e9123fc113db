// HTML pages: the main text by readability, furniture (ads, promos, bylines, date stamps) dropped,
// title / date / outlet / URL from metadata, and pages without an article refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readHtml } from '../../src/ingest/sources/html-page.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const paragraph = (words: string) => `<p>${words} ${'The governor said rescue work went on through the night in the cold. '.repeat(3)}</p>`;

describe('readHtml', () => {
  it('takes title, date, outlet and URL from the metadata and the text from the article', () => {
    const article = readHtml(fixture('border-strike.html'), {});
    expect(article.title).toBe('Strike on Sosnovy Brod depot kills 12, governor says');
    // article:published_time, not article:modified_time; the day as written (+03:00), not UTC.
    expect(article.published).toBe('2025-12-13');
    expect(article.outlet).toBe('Eastern Ledger');
    expect(article.url).toBe('https://ledger.example/world/sosnovy-brod-strike');
    expect(article.text.split('\n\n')).toEqual([
      'Strike on Sosnovy Brod depot kills 12, governor says',
      expect.stringMatching(/^At least 12 people were killed on Friday/),
      expect.stringMatching(/^Governor Arkady Belov said 30 more people were wounded/),
      expect.stringMatching(/^Ukraine's defence ministry said .* more than 40, a figure Moscow rejected as invented\.$/),
    ]);
  });

  it('drops the ad, the promo line, the byline, the date stamp, navigation and the footer', () => {
    const { text } = readHtml(fixture('border-strike.html'), {});
    for (const furniture of ['50% off', 'Subscribe', 'By Jane Doe', '13 December 2025', 'Read more', 'Home', 'All rights reserved']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('reads JSON-LD and <time datetime> when there are no meta tags, and --published/--outlet fill gaps', () => {
    const jsonLd = `<html><head><title>Depot strike</title><script type="application/ld+json">
      {"@graph": [{"@type": "WebSite", "name": "x"}, {"@type": ["NewsArticle"], "headline": "Depot strike toll rises",
       "datePublished": "December 14, 2025", "publisher": {"name": "Steppe Observer"}}]}</script></head>
      <body><article>${paragraph('Officials said 14 people had died.')}</article></body></html>`;
    expect(readHtml(jsonLd, { published: '2025-01-01' })).toMatchObject({ published: '2025-12-14', outlet: 'Steppe Observer' });

    const timeTag = `<html><body><article><time datetime="2025-12-15T09:00">15 Dec</time>${paragraph('Officials said 15 people had died.')}</article></body></html>`;
    expect(readHtml(timeTag, { outlet: 'Given Outlet' })).toMatchObject({ published: '2025-12-15', outlet: 'Given Outlet' });

    const bare = `<html><body><article>${paragraph('Officials said 16 people had died.')}</article></body></html>`;
    expect(readHtml(bare, { published: '2025-12-16' }).published).toBe('2025-12-16');
  });

  it('refuses a page with no date anywhere, saying how to give one', () => {
    const bare = `<html><body><article>${paragraph('Officials said 16 people had died.')}</article></body></html>`;
    expect(() => readHtml(bare, {})).toThrow(/no publication date in the page .*pass --published/);
  });

  it('refuses a page without an article (login wall, index page)', () => {
    let error: unknown;
    try { readHtml(fixture('login-wall.html'), { published: '2025-12-13' }); } catch (err) { error = err; }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('E_HTML_NO_ARTICLE');
    expect((error as InputError).message).toMatch(/no article in the HTML page/);
  });

  it('keeps paragraphs apart, so two sentences never run together', () => {
    const html = `<html><body><article><p>First paragraph ends here.</p><p>Second one starts.</p>${paragraph('Third.')}</article></body></html>`;
    expect(readHtml(html, { published: '2025-12-13' }).text).toMatch(/^First paragraph ends here\.\n\nSecond one starts\.\n\nThird\./);
  });
});
