// RSS and Atom feeds: one article per item with link, date, outlet and text through the HTML path;
// an item without a date is an error of its own; a broken feed fails whole, naming line and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/ingest/sources/feed-file.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('readFeed', () => {
  it('RSS 2.0: each item an article; content:encoded over description; the channel title as outlet', () => {
    const items = readFeed(fixture('ledger-rss.xml'), {});
    expect(items).toHaveLength(3);
    const [first, second, third] = items;
    expect(first).toEqual({
      index: 1,
      article: {
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        title: 'Governor says 12 dead after depot strike',
        url: 'https://ledger.example/world/depot-strike',
        published: '2025-12-13',
        outlet: 'Eastern Ledger – World',
        // The promo paragraph inside content:encoded is gone.
        text: 'Governor says 12 dead after depot strike\n\n'
          + 'At least 12 people were killed on Friday when a missile hit a depot, the governor said.\n\n'
          + 'Kyiv put the toll among soldiers at more than 40.',
      },
    });
    // An entity-escaped description is HTML too.
    expect(second).toMatchObject({ index: 2, article: { published: '2025-12-14', text: expect.stringMatching(/\n\nAn independent monitoring group put the toll at between 30 and 35/) } });
    expect(third).toMatchObject({ index: 3, error: { code: 'E_PUBLISHED_NOT_FOUND' } });
  });

  it('--published dates an undated item, --outlet names a feed without a title', () => {
    const items = readFeed(fixture('ledger-rss.xml'), { published: '2025-12-20', outlet: 'Ignored' });
    expect(items.map((i) => ('article' in i ? [i.article.published, i.article.outlet] : null))).toEqual([
      ['2025-12-13', 'Eastern Ledger – World'], ['2025-12-14', 'Eastern Ledger – World'], ['2025-12-20', 'Eastern Ledger – World'],
    ]);
    const untitled = '<rss version="2.0"><channel><item><description>Four people were hurt.</description></item></channel></rss>';
    expect(readFeed(untitled, { published: '2025-12-20', outlet: 'Given' })).toMatchObject([{ article: { outlet: 'Given', title: null, url: null } }]);
  });

  it('Atom: the alternate link, published before updated, HTML titles and content as text', () => {
    const items = readFeed(fixture('meridian.atom'), {});
    expect(items).toMatchObject([
      {
        index: 1,
        article: {
          title: 'Kyiv says strike killed more than 40 soldiers',
          url: 'https://meridian.example/kyiv-40',
          published: '2025-12-11',
          outlet: 'Meridian Wire',
          // "By Mark Roe" is furniture.
          text: "Kyiv says strike killed more than 40 soldiers\n\nUkraine's defence ministry said on Wednesday that its strike had killed more than 40 Russian soldiers.",
        },
      },
      {
        index: 2,
        article: { url: 'https://meridian.example/funerals-31', published: '2025-12-12', text: expect.stringContaining('name 31 people killed') },
      },
    ]);
  });

  it('a single item and numeric character references', () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>Kyiv&#8217;s count: 40</title><pubDate>Thu, 11 Dec 2025 10:00:00 GMT</pubDate><description>Kyiv&#8217;s count is 40.</description></item></channel></rss>';
    expect(readFeed(xml, {})).toMatchObject([{ article: { title: 'Kyiv’s count: 40', text: 'Kyiv’s count: 40\n\nKyiv’s count is 40.' } }]);
  });

  it('broken XML fails with line and column', () => {
    expect(() => readFeed(fixture('broken-feed.xml'), {})).toThrow(/not a readable RSS\/Atom feed: line 6, column 3: Expected closing tag 'item'/);
  });

  it('well-formed XML that is not a feed fails, naming its root', () => {
    expect(() => readFeed('<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>', {})).toThrow(/root element is <urlset>/);
  });
});
