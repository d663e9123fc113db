// Raw input → Article: defaults (content-hash id, null metadata) and errors that name the file.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readArticle, toArticle } from '../../src/ingest/article-input.js';
import { contentId } from '../../src/ingest/content-id.js';

const TEXT = 'At least 12 people were killed on Friday.\n';

describe('toArticle', () => {
  it('fills the id with a 16-hex content hash and absent metadata with null', () => {
    const article = toArticle(TEXT, { published: '2025-12-13' });
    expect(article).toEqual({
      id: createHash('sha256').update(TEXT).digest('hex').slice(0, 16),
      text: TEXT, published: '2025-12-13', outlet: null, url: null, title: null,
    });
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(contentId(TEXT)).toBe(article.id);
  });

  it('keeps given fields and treats blank ones as absent', () => {
    const article = toArticle(TEXT, { id: 'x1', published: '2025-12-13', outlet: 'Eastern Ledger', url: ' ', title: null });
    expect(article).toMatchObject({ id: 'x1', outlet: 'Eastern Ledger', url: null, title: null });
    expect(toArticle(TEXT, { id: '', published: '2025-12-13' }).id).toBe(contentId(TEXT));
  });

  it('checks the date first, then the text', () => {
    expect(() => toArticle(TEXT, {})).toThrow(/--published is required/);
    expect(() => toArticle(TEXT, { published: '2025-02-30' })).toThrow(/2025-02 has 28 days/);
    expect(() => toArticle('  \n', { published: '2025-12-13' })).toThrow(/text is empty/);
    expect(() => toArticle('a\0b', { published: '2025-12-13' })).toThrow(/NUL/);
  });
});

describe('readArticle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-ingest-'));

  it('reads a file', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, TEXT);
    expect((await readArticle(file, { published: '2025-12-13' })).text).toBe(TEXT);
  });

  it('reads stdin for "-"', async () => {
    const article = await readArticle('-', { published: '2025-12-13', id: 'in' }, Readable.from([Buffer.from('At least '), Buffer.from('12 killed.')]));
    expect(article).toMatchObject({ id: 'in', text: 'At least 12 killed.' });
  });

  it.each([
    ['missing.txt', null, 'E_FILE_UNREADABLE'],
    ['empty.txt', '', 'E_FILE_EMPTY'],
    ['binary.bin', Buffer.from([1, 0, 2]), 'E_FILE_BINARY'],
    ['latin1.txt', Buffer.from('caf\xe9', 'latin1'), 'E_UTF8_INVALID'],
  ])('%s → %s, placed at the file', async (name, content, code) => {
    const file = join(dir, name);
    if (content !== null) writeFileSync(file, content);
    const err = await readArticle(file, { published: '2025-12-13' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe(code);
    expect((err as InputError).place).toEqual({ file });
    expect((err as InputError).message.startsWith(`${file}: `)).toBe(true);
  });

  it('does not read at all when the date is missing (stdin would block)', async () => {
    const never = new Readable({ read() {} });
    await expect(readArticle('-', {}, never)).rejects.toMatchObject({ code: 'E_PUBLISHED_MISSING' });
  });
});
