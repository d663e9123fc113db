// Any path → articles and errors: folders walked in name order (hidden files and node_modules
// skipped), each file by its kind, and a bad file an error item while the others go on.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../src/ingest/sources/read-inputs.js';
import { totalSize } from '../../src/ingest/sources/walk-folder.js';

const FIXTURES = new URL('../fixtures/ingest/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;

async function collect(paths: string[], options = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

const summary = (items: InputItem[], root: string) => items.map((i) => {
  const origin = i.origin.slice(root.length + 1);
  return i.kind === 'article' ? `${origin} ok` : `${origin} ${i.error.code}`;
});

/** A folder with every kind of input, nested, plus things that must be skipped. */
function library(): string {
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-sources-'));
  mkdirSync(join(root, 'feeds'));
  mkdirSync(join(root, 'pages', 'deep'), { recursive: true });
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  copyFileSync(fixture('ledger-rss.xml'), join(root, 'feeds', 'ledger.xml'));
  copyFileSync(fixture('meridian.atom'), join(root, 'feeds', 'meridian.atom'));
  copyFileSync(fixture('border-strike.html'), join(root, 'pages', 'deep', 'strike.html'));
  // No extension: sniffed as HTML.
  copyFileSync(fixture('border-strike.html'), join(root, 'pages', 'saved-page'));
  copyFileSync(fixture('governor-note.txt'), join(root, 'b-note.txt'));
  writeFileSync(join(root, 'a-batch.jsonl'), [
    JSON.stringify({ id: 'j1', text: 'At least 12 people were killed on Friday.', published: '2025-12-13' }),
    '',
    '{"id": "broken"',
    JSON.stringify({ id: 'j3', text: 'Officials said 30 were wounded.', published: '2025-12-13' }),
  ].join('\n') + '\n');
  // A PNG header: binary, in the middle of the walk.
  writeFileSync(join(root, 'c-photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(root, 'd-notes'), 'Plain words without a date.\n');
  writeFileSync(join(root, '.hidden.txt'), 'Published: 2025-12-13\n\nShould be skipped.\n');
  writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(root, 'node_modules', 'x', 'README.md'), 'Published: 2025-12-13\n\nSkipped.\n');
  return root;
}

describe('readInputs', () => {
  it('walks a folder in name order, each file by its kind; bad files are error items and the rest go on', async () => {
    const root = library();
    const items = await collect([root]);
    expect(summary(items, root)).toEqual([
      'a-batch.jsonl:1 ok',
      'a-batch.jsonl:3 E_JSONL_LINE',
      'a-batch.jsonl:4 ok',
      'b-note.txt ok',
      'c-photo.png E_FILE_BINARY',
      'd-notes E_PUBLISHED_NOT_FOUND',
      'feeds/ledger.xml#1 ok',
      'feeds/ledger.xml#2 ok',
      'feeds/ledger.xml#3 E_PUBLISHED_NOT_FOUND',
      'feeds/meridian.atom#1 ok',
      'feeds/meridian.atom#2 ok',
      'pages/deep/strike.html ok',
      'pages/saved-page ok',
    ]);
    const error = items.find((i) => i.kind === 'error' && i.origin.endsWith('c-photo.png'));
    expect(error?.kind === 'error' && error.error.message).toBe(`${join(root, 'c-photo.png')}: looks binary, not text: NUL byte at line 3, byte 1`);
  });

  it('the items\' bytes add up to the input size the progress bar is given', async () => {
    const root = library();
    const items = await collect([root]);
    expect(items.reduce((n, i) => n + i.bytes, 0)).toBe(await totalSize([root]));
  });

  it('--published reaches the files that need it', async () => {
    const root = library();
    const items = await collect([join(root, 'd-notes'), join(root, 'feeds')], { published: '2025-12-20' });
    expect(items.filter((i) => i.kind === 'error')).toEqual([]);
    expect(items.map((i) => i.kind === 'article' && i.article.published)).toEqual(['2025-12-20', '2025-12-13', '2025-12-14', '2025-12-20', '2025-12-11', '2025-12-12']);
  });

  it('files given by name are read in the order given; a missing path and an empty folder are errors', async () => {
    const root = library();
    const empty = mkdtempSync(join(tmpdir(), 'crosscheck-empty-'));
    const items = await collect([join(root, 'b-note.txt'), join(root, 'missing.txt'), empty, fixture('login-wall.html'), fixture('broken-feed.xml')]);
    expect(items.map((i) => (i.kind === 'article' ? 'ok' : i.error.message))).toEqual([
      'ok',
      `${join(root, 'missing.txt')}: cannot read: no such file (ENOENT)`,
      `${empty}: no files in the folder (hidden files and node_modules are skipped)`,
      expect.stringMatching(/login-wall\.html: no article in the HTML page/),
      expect.stringMatching(/broken-feed\.xml: not a readable RSS\/Atom feed: line 6, column 3/),
    ]);
  });

  it('an HTML page saved as .xml is read as a page, not as a feed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'crosscheck-sniff-'));
    copyFileSync(fixture('border-strike.html'), join(root, 'page.xml'));
    const items = await collect([join(root, 'page.xml')]);
    expect(items).toMatchObject([{ kind: 'article', article: { outlet: 'Eastern Ledger' } }]);
  });

  it('a windows-1252 page that says so is decoded by its charset', async () => {
    const root = mkdtempSync(join(tmpdir(), 'crosscheck-charset-'));
    const html = `<html><head><meta charset="windows-1252"><meta property="article:published_time" content="2025-12-13"></head><body><article><p>The mayor\u2019s office said 12 people were killed. ${'Rescuers searched the rubble through the night. '.repeat(5)}</p></article></body></html>`;
    writeFileSync(join(root, 'old.html'), Buffer.from(html.replace('\u2019', '\x92'), 'latin1'));
    const items = await collect([join(root, 'old.html')]);
    expect(items).toMatchObject([{ kind: 'article', article: { text: expect.stringContaining('The mayor\u2019s office said 12') } }]);
  });
});
