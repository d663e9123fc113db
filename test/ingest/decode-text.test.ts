// Bytes to text: BOM dropped, line endings kept, binary / invalid UTF-8 / empty refused with
// where the problem is.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeText } from '../../src/ingest/decode-text.js';
import { firstInvalidUtf8 } from '../../src/ingest/utf8-locate.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function codeOf(fn: () => unknown): { code: string; message: string } {
  try { fn(); } catch (err) { if (err instanceof InputError) return { code: err.code, message: err.message }; throw err; }
  throw new Error('did not throw');
}

describe('decodeText', () => {
  it('decodes UTF-8 and keeps CRLF and other characters exactly', () => {
    expect(decodeText(bytes('Kyiv — “14,000”\r\nКурск 😀\n'))).toBe('Kyiv — “14,000”\r\nКурск 😀\n');
  });

  it('drops one leading BOM only', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'text'))).toBe('text');
    expect(decodeText(bytes('a\uFEFFb'))).toBe('a\uFEFFb');
  });

  it('refuses NUL bytes as binary, with the line', () => {
    expect(codeOf(() => decodeText(bytes('one\ntw', [0], 'o')))).toEqual({ code: 'E_FILE_BINARY', message: 'looks binary, not text: NUL byte at line 2, byte 3' });
  });

  it('recognises UTF-16 and says how to convert it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi', 'utf16le')]);
    expect(codeOf(() => decodeText(utf16)).message).toContain('UTF-16');
  });

  it('refuses invalid UTF-8 naming the byte and the line', () => {
    const { code, message } = codeOf(() => decodeText(bytes('ok\nok\nCaf', [0xe9], ' bar')));
    expect(code).toBe('E_UTF8_INVALID');
    expect(message).toContain('byte 0xe9 at line 3, byte 4');
  });

  it('refuses an empty or whitespace-only text', () => {
    expect(codeOf(() => decodeText(bytes(''))).message).toBe('file is empty');
    expect(codeOf(() => decodeText(bytes([0xef, 0xbb, 0xbf]))).code).toBe('E_FILE_EMPTY');
    expect(codeOf(() => decodeText(bytes(' \r\n\t'))).message).toBe('file holds only whitespace');
  });
});

describe('firstInvalidUtf8', () => {
  it.each<[string, number[], number]>([
    ['valid mixed', [...Buffer.from('aé€😀')], -1],
    ['lone continuation', [0x61, 0x80], 1],
    ['overlong two-byte', [0xc0, 0x80], 0],
    ['overlong three-byte', [0xe0, 0x80, 0x80], 0],
    ['surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at end', [0x61, 0xe2, 0x82], 1],
    ['F5 lead', [0xf5, 0x80, 0x80, 0x80], 0],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(expected);
    // Agrees with the platform decoder on valid vs invalid.
    let valid = true;
    try { new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(input)); } catch { valid = false; }
    expect(valid).toBe(expected === -1);
  });
});
