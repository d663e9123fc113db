// `crosscheck extract --json` prints exactly the crosscheck.claims/v1 document; without --json a
// table that ends with the summary line.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const TEXT = 'Officials said at least 12 people were killed on Friday in the Kursk region.\r\nAbout 3,000 were displaced.\n';
let file: string;

beforeAll(() => {
  file = join(tempDir(), 'article.txt');
  writeFileSync(file, TEXT);
});

describe('crosscheck extract --json', () => {
  it('prints the claims document with the article fields', async () => {
    const r = await runCli(['extract', file, '--published', '2025-12-13', '--json',
      '--outlet', 'Eastern Ledger', '--id', 'kursk-a', '--url', 'https://example.org/a', '--title', 'Twelve killed']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('crosscheck.claims/v1');
    expect(doc.article).toEqual({
      id: 'kursk-a', published: '2025-12-13', outlet: 'Eastern Ledger', url: 'https://example.org/a', title: 'Twelve killed',
    });
    expect(Array.isArray(doc.claims)).toBe(true);
    expect(Array.isArray(doc.attributions)).toBe(true);
    // Exactly JSON.stringify(doc, null, 2) and a newline: nothing else on stdout.
    expect(r.stdout).toBe(JSON.stringify(doc, null, 2) + '\n');
  });

  it('defaults the id to a content hash and metadata to null', async () => {
    const r = await runCli(['extract', file, '--published', '2025-12-13', '--json']);
    const doc = JSON.parse(r.stdout);
    const hash = createHash('sha256').update(TEXT).digest('hex').slice(0, 16);
    expect(doc.article).toEqual({ id: hash, published: '2025-12-13', outlet: null, url: null, title: null });
  });

  it('reads stdin for "-", and a leading BOM does not change the text (or its id)', async () => {
    const fromFile = JSON.parse((await runCli(['extract', file, '--published', '2025-12-13', '--json'])).stdout);
    const r = await runCli(['extract', '-', '--published', '2025-12-13', '--json'], { input: `\uFEFF${TEXT}` });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(fromFile);
  });

  it('claim spans index the text as read', async () => {
    const doc = JSON.parse((await runCli(['extract', file, '--published', '2025-12-13', '--json'])).stdout);
    for (const claim of doc.claims) {
      expect(claim.span.start).toBeGreaterThanOrEqual(0);
      expect(claim.span.end).toBeLessThanOrEqual(TEXT.length);
    }
  });
});

describe('crosscheck extract (table)', () => {
  it('prints a heading and the summary line, plain text when not a terminal', async () => {
    const r = await runCli(['extract', file, '--published', '2025-12-13', '--outlet', 'Eastern Ledger']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('published 2025-12-13 · Eastern Ledger');
    expect(r.stdout).toMatch(/^\d+ claims?, \d+ attributions?/m);
    expect(r.stdout).not.toContain('\x1b[');
  });
});
