// Bad single-article input: every error is one line naming the flag or the file, with the
// documented exit code and no stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_LINE, tempDir } from './run-cli.js';

let dir: string;
let good: string;

beforeAll(() => {
  dir = tempDir();
  good = join(dir, 'good.txt');
  writeFileSync(good, 'At least 12 people were killed on Friday, officials said.\n');
});

function expectOneLineError(stderr: string, ...parts: string[]): void {
  expect(stderr).toMatch(/^crosscheck: /);
  for (const part of parts) expect(stderr).toContain(part);
  expect(stderr).not.toMatch(STACK_LINE);
}

describe('crosscheck extract: the publication date', () => {
  it('is required, and the message names --published', async () => {
    const r = await runCli(['extract', good]);
    expect(r.code, r.stderr).toBe(2);
    expectOneLineError(r.stderr, '--published');
  });

  it('fails before waiting on stdin when missing', async () => {
    const r = await runCli(['extract', '-']);
    expect(r.code, r.stderr).toBe(2);
    expectOneLineError(r.stderr, '--published');
  });

  it.each(['2025-02-30', '2025-02-29', '2025-13-01', '2025-04-31', '2025-1-5', '14/12/2025', 'yesterday'])(
    'rejects %s', async (date) => {
      const r = await runCli(['extract', good, '--published', date]);
      expect(r.code, r.stderr).toBe(2);
      expectOneLineError(r.stderr, `"${date}"`);
    },
  );

  it('accepts a leap day', async () => {
    const r = await runCli(['extract', good, '--published', '2024-02-29', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('crosscheck extract: the file', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), 'no such file'],
    ['a directory', () => { const d = join(dir, 'a-dir'); mkdirSync(d, { recursive: true }); return d; }, 'directory'],
    ['an empty file', () => write('empty.txt', ''), 'empty'],
    ['a whitespace-only file', () => write('blank.txt', ' \n\t\n'), 'whitespace'],
    ['a binary file', () => write('img.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), 'binary'],
    ['a UTF-16 file', () => write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('12 killed', 'utf16le')])), 'UTF-16'],
    ['invalid UTF-8 (Latin-1)', () => write('latin1.txt', Buffer.from('Line one\nCaf\xe9 attack: 12 killed\n', 'latin1')), 'not valid UTF-8: byte 0xe9 at line 2'],
  ])('%s is an input error naming the file (exit 1)', async (_name, make, reason) => {
    const file = make();
    const r = await runCli(['extract', file, '--published', '2025-12-13']);
    expect(r.code, r.stderr).toBe(1);
    expectOneLineError(r.stderr, `crosscheck: ${file}: `, reason);
    expect(r.stdout).toBe('');
  });

  it('an empty stdin names <stdin>', async () => {
    const r = await runCli(['extract', '-', '--published', '2025-12-13'], { input: '' });
    expect(r.code, r.stderr).toBe(1);
    expectOneLineError(r.stderr, '<stdin>', 'empty');
  });
});

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
