// JSONL input: lines streamed as bytes with numbers and sizes; each record validated on its own,
// its errors placed at FILE:LINE.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readLines } from '../../src/ingest/jsonl-lines.js';
import { parseRecord } from '../../src/ingest/jsonl-record.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-jsonl-'));

async function collect(content: string | Buffer) {
  const file = join(dir, `f${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, content);
  const lines = [];
  for await (const l of readLines(file)) lines.push({ line: l.line, text: l.bytes.toString('utf8'), size: l.size });
  return lines;
}

describe('readLines', () => {
  it('numbers lines, drops \\r\\n and \\n, keeps a last line without newline', async () => {
    expect(await collect('a\r\nbb\n\nccc')).toEqual([
      { line: 1, text: 'a', size: 3 }, { line: 2, text: 'bb', size: 3 }, { line: 3, text: '', size: 1 }, { line: 4, text: 'ccc', size: 3 },
    ]);
  });

  it('joins lines split across read chunks, and sizes add up to the file', async () => {
    const long = 'x'.repeat(200_000);
    const content = `${long}\nshort\n${long}é\n`;
    const lines = await collect(content);
    expect(lines.map((l) => l.text)).toEqual([long, 'short', `${long}é`]);
    expect(lines.reduce((s, l) => s + l.size, 0)).toBe(Buffer.byteLength(content));
  });

  it('a missing file is E_FILE_UNREADABLE naming it', async () => {
    const file = join(dir, 'missing.jsonl');
    await expect((async () => { for await (const _ of readLines(file)) { /* drain */ } })()).rejects.toThrow(`${file}: cannot read: no such file`);
  });
});

describe('parseRecord', () => {
  const place = { file: 'in.jsonl', line: 7 };
  const parse = (line: string | Buffer) => parseRecord(typeof line === 'string' ? Buffer.from(line) : line, place);
  const failure = (line: string | Buffer) => {
    try { parse(line); } catch (err) { if (err instanceof InputError) return { code: err.code, message: err.message }; throw err; }
    throw new Error('did not throw');
  };

  it('reads a full record, with null metadata', () => {
    expect(parse('{"id":"a","text":"12 killed.","published":"2025-12-13","outlet":"O","url":null}')).toEqual({
      id: 'a', text: '12 killed.', published: '2025-12-13', outlet: 'O', url: null, title: null,
    });
  });

  it('gives a record without id a content hash, and a numeric id its digits', () => {
    expect(parse('{"text":"12 killed.","published":"2025-12-13"}').id).toMatch(/^[0-9a-f]{16}$/);
    expect(parse('{"id":42,"text":"12 killed.","published":"2025-12-13"}').id).toBe('42');
  });

  it.each([
    ['{"id":"a","text":"x"', 'E_JSONL_LINE', 'in.jsonl:7: not valid JSON'],
    ['[1,2]', 'E_JSONL_LINE', 'in.jsonl:7: expected an object'],
    ['"text"', 'E_JSONL_LINE', 'in.jsonl:7: expected an object'],
    ['{"id":"a","published":"2025-12-13"}', 'E_JSONL_LINE', 'in.jsonl:7: missing "text"'],
    ['{"id":"a","text":5,"published":"2025-12-13"}', 'E_JSONL_LINE', 'in.jsonl:7: "text": '],
    ['{"id":"a","text":"x"}', 'E_PUBLISHED_MISSING', 'in.jsonl:7: "published" is required'],
    ['{"id":"a","text":"x","published":null}', 'E_PUBLISHED_MISSING', 'in.jsonl:7: "published" is required'],
    ['{"id":"a","text":"x","published":"2025-02-30"}', 'E_PUBLISHED_INVALID', 'in.jsonl:7: invalid published date "2025-02-30"'],
    ['{"id":"a","text":"  ","published":"2025-12-13"}', 'E_FILE_EMPTY', 'in.jsonl:7: text is empty'],
    ['{"id":"a","text":"a\\u0000b","published":"2025-12-13"}', 'E_FILE_BINARY', 'in.jsonl:7: '],
  ])('%s → %s', (line, code, message) => {
    const f = failure(line);
    expect(f.code).toBe(code);
    expect(f.message.startsWith(message)).toBe(true);
  });

  it('names invalid UTF-8 with its column', () => {
    const f = failure(Buffer.from('{"text":"caf\xe9","published":"2025-12-13"}', 'latin1'));
    expect(f).toEqual({ code: 'E_UTF8_INVALID', message: 'in.jsonl:7: not valid UTF-8: byte 0xe9 at column 13' });
  });
});
