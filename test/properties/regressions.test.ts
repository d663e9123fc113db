// Counterexamples the property tests (pipeline.property.test.ts) and the fuzzer (scripts/fuzz.mjs)
// found, each shrunk to its smallest form and kept here as a plain case once its cause was fixed.
import { Buffer } from 'node:buffer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { CrosscheckError } from '../../src/errors.js';
import { readDoc } from '../../src/nlp/doc.js';
import { createContext } from '../../src/context.js';
import { extractTimes } from '../../src/extract/times.js';
import { toArticle } from '../../src/ingest/article-input.js';
import { readLines } from '../../src/ingest/jsonl-lines.js';
import { parseLine } from '../../src/ingest/jsonl-record.js';
import { readHtml } from '../../src/ingest/sources/html-page.js';
import { readFeed } from '../../src/ingest/sources/feed-file.js';
import { fragmentBlocks } from '../../src/ingest/sources/html-blocks.js';
import { DEFAULT_MAX_ARTICLE_BYTES, MAX_ARTICLE_BYTES_ENV, checkArticleSize } from '../../src/limits.js';
import { PUBLISHED, articleOf, spanViolations, valueViolations } from './check-document.js';

const values = (text: string) => analyse(articleOf(text)).claims.map((c) => [text.slice(c.valueSpan.start, c.valueSpan.end), c.value.low, c.value.unit]);

/** The coded error `f` throws, or a failure naming what it threw instead. */
function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof CrosscheckError) return err.code;
    throw err;
  }
  return 'no error';
}

const paragraph = 'At least 12 people were killed and 30 wounded when a drone hit the depot, the governor said on Friday. ';

describe('quantities (property: valueSpan re-reads as the value)', () => {
  it('"a two-thirds majority": the numerator alone is no figure, not 2', () => {
    expect(values('a two-thirds majority voted')).toEqual([]);
    expect(values('He won two thirds majority')).toEqual([]);
  });
  it('"two-thirds" at the end of a line is a share, as at the end of the text', () => {
    const text = 'two-thirds\none ';
    expect(values(text)[0]).toEqual(['two-thirds', 66.7, 'percent']);
    expect(valueViolations(text, analyse(articleOf(text)))).toEqual([]);
  });
});

describe('times (property: every time is a YYYY-MM-DD range)', () => {
  it('"-739964 days" would land before year 1: dropped with a message, not written as "00-1-12-31"', () => {
    const text = '.-739964 days ';
    const ctx = createContext(PUBLISHED);
    expect(extractTimes(readDoc(articleOf(text)), ctx)).toEqual([]);
    expect(ctx.messages.map((m) => m.text).join()).toMatch(/outside the years 1 to 9999/);
    expect(spanViolations(text, analyse(articleOf(text)))).toEqual([]);
  });
});

describe('HTML pages (fuzz)', () => {
  it('markup with no <html> element is no article, not a TypeError from readability', () => {
    expect(codeOf(() => readHtml('/<!docttttttttttt', { published: PUBLISHED }))).toBe('E_HTML_NO_ARTICLE');
  });
  it('markup whose root is not <html> (a <script> first) is read inside <html><body>, not a TypeError', () => {
    const html = `x"><script type="application/ld+json">{}</script><title>T</title></head><body><p>${paragraph.repeat(4)}</p></body></html>`;
    expect(codeOf(() => readHtml(html, { published: PUBLISHED }))).toBe('no error');
  });
  it('an element beside <body> is read as body text, not a TypeError from readability', () => {
    const html = `<!doctype html><?xml version="1.0"?><html><head><title>T</title></head><bOops>><p>${paragraph.repeat(4)}</p></html>`;
    expect(codeOf(() => readHtml(html, { published: PUBLISHED }))).toBe('no error');
  });
  it('elements after </html> are read as body text, not a TypeError from readability', () => {
    const html = `<!doctype html><html><head><title>T</title></head><body><p>Forgot?</p></body></html><label>Email</label><p>${paragraph.repeat(4)}</p>`;
    expect(codeOf(() => readHtml(html, { published: PUBLISHED }))).toBe('no error');
  });
  it('body elements inside <head> are read as body text, not a TypeError from readability', () => {
    const html = `<!doctype html><html><head><title>T</title><ul><li>${paragraph.repeat(4)}</li></ul><p>${paragraph}</p></head><body></body></html>`;
    expect(codeOf(() => readHtml(html, { published: PUBLISHED }))).toBe('no error');
  });
  it('2,000 unclosed <div>s read in well under a second per level of sanity (was 10 s in readability)', () => {
    const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(2000)}<p>${paragraph.repeat(5)}</p></body></html>`;
    const started = performance.now();
    expect(readHtml(html, { published: PUBLISHED }).text).toContain('At least 12 people');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
  it('50,000 nested elements are refused before parsing (the parser is quadratic in depth)', () => {
    const html = `<html><body>${'<span>'.repeat(50_000)}${paragraph}</body></html>`;
    const started = performance.now();
    expect(codeOf(() => readHtml(html, { published: PUBLISHED }))).toBe('E_HTML_NO_ARTICLE');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
  it('walks deep fragments without recursion: no stack overflow', () => {
    expect(fragmentBlocks(`${'<b>'.repeat(4000)}12 killed${'</b>'.repeat(4000)}`)).toEqual(['12 killed']);
  });
  it('5,000 sibling paragraphs do not make the walk quadratic (was 23 s)', () => {
    const html = `<html><head><title>Many</title></head><body>${'<p>'.repeat(5_000)}${paragraph.repeat(3)}${'</p>'.repeat(5_000)}</body></html>`;
    const started = performance.now();
    readHtml(html, { published: PUBLISHED });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('feeds (fuzz)', () => {
  it('an external entity is refused as an invalid feed, never fetched, never a raw Error', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>T</title><item><title>&x;</title><description>12 killed</description><pubDate>${PUBLISHED}</pubDate></item></channel></rss>`;
    expect(codeOf(() => readFeed(xml, {}))).toBe('E_FEED_INVALID');
  });
  it('tags nested past the XML parser\'s limit are an invalid feed, not a raw Error', () => {
    const xml = `<?xml version="1.0"?><rss><channel><title>T</title><item><pubDate>${PUBLISHED}</pubDate><description>${'<x>'.repeat(1000)}12 killed${'</x>'.repeat(1000)}</description></item></channel></rss>`;
    expect(codeOf(() => readFeed(xml, {}))).toBe('E_FEED_INVALID');
  });
});

describe('long articles (fuzz: a 0.5 MB page took 65 s)', () => {
  it('share checks and time attachment read only their sentence: 2,000 sentences stay fast', () => {
    const text = 'Of the 120 detainees, 30 were freed, or 25%, on Friday; 14,000 soldiers were deployed and over 6,000 killed. '.repeat(2000);
    const started = performance.now();
    const doc = analyse(articleOf(text));
    expect(doc.checks.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('per-article size limit', () => {
  const saved = process.env[MAX_ARTICLE_BYTES_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[MAX_ARTICLE_BYTES_ENV]; else process.env[MAX_ARTICLE_BYTES_ENV] = saved;
  });

  it('is 5 MB of UTF-8 by default, for every reader (toArticle) and for analyse itself', () => {
    expect(DEFAULT_MAX_ARTICLE_BYTES).toBe(5 * 1024 * 1024);
    const text = 'x'.repeat(DEFAULT_MAX_ARTICLE_BYTES + 1);
    expect(codeOf(() => toArticle(text, { published: PUBLISHED }))).toBe('E_FILE_TOO_LARGE');
    expect(codeOf(() => analyse(articleOf(text)))).toBe('E_FILE_TOO_LARGE');
    expect(codeOf(() => checkArticleSize('x'.repeat(DEFAULT_MAX_ARTICLE_BYTES)))).toBe('no error');
  });
  it('counts bytes, not UTF-16 units, and is set by CROSSCHECK_MAX_ARTICLE_BYTES', () => {
    process.env[MAX_ARTICLE_BYTES_ENV] = '100';
    expect(codeOf(() => toArticle('é'.repeat(50), { published: PUBLISHED }))).toBe('no error');
    expect(codeOf(() => toArticle('é'.repeat(51), { published: PUBLISHED }))).toBe('E_FILE_TOO_LARGE');
    process.env[MAX_ARTICLE_BYTES_ENV] = 'lots';
    expect(codeOf(() => toArticle('12 killed', { published: PUBLISHED }))).toBe('E_USAGE');
  });
  it('a JSONL line past the line limit is dropped unread, failed as too large, and the next line still reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-lines-'));
    const file = join(dir, 'a.jsonl');
    const good = JSON.stringify({ id: 'ok', text: '12 killed', published: PUBLISHED });
    writeFileSync(file, `${JSON.stringify({ id: 'big', text: 'x'.repeat(5000), published: PUBLISHED })}\n${good}\n`);
    const lines = [];
    for await (const line of readLines(file, 1000)) lines.push(line);
    expect(lines.map((l) => [l.line, l.oversize ?? false])).toEqual([[1, true], [2, false]]);
    expect(lines[0]!.size).toBe(Buffer.byteLength(JSON.stringify({ id: 'big', text: 'x'.repeat(5000), published: PUBLISHED })) + 1);
    expect(codeOf(() => parseLine(lines[0]!, { file, line: 1 }))).toBe('E_FILE_TOO_LARGE');
    expect(parseLine(lines[1]!, { file, line: 2 }).id).toBe('ok');
  });
});
