// The program and each command explain themselves, and a wrong command line exits 2.
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE } from './run-cli.js';

describe('crosscheck help and usage', () => {
  it('--help and -h print the program help and exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await runCli([flag]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('extract');
      expect(r.stdout).toMatch(/Exit codes:[\s\S]*\b2\b[\s\S]*\b70\b/);
    }
  });

  it('extract --help documents both forms, the flags and the exit codes', async () => {
    for (const args of [['extract', '--help'], ['extract', '-h'], ['help', 'extract']]) {
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(0);
      for (const text of ['--published', '--jsonl', '--out', '--jobs', '--json', 'Exit codes']) expect(r.stdout).toContain(text);
    }
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^crosscheck \d+\.\d+\.\d+/);
  });

  it.each([
    [[], /Usage/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--frobnicate'], /unknown option "--frobnicate"/],
    [['extract', 'a.txt', '--published', '2025-01-01', '--bogus'], /Unknown option '--bogus'/],
    [['extract', '--published', '2025-01-01'], /missing FILE/],
    [['extract', 'a.txt', 'b.txt', '--published', '2025-01-01'], /unexpected argument "b.txt"/],
    [['extract', 'a.txt', '--published'], /--published/],
    [['extract', '--jsonl', 'a.jsonl'], /--jsonl needs --out/],
    [['extract', '--jsonl', 'a.jsonl', '--out', 'o', '--published', '2025-01-01'], /--published applies to one article/],
    [['extract', '--jsonl', 'a.jsonl', '--out', 'o', '--jobs', '0'], /--jobs must be/],
    [['extract', 'a.txt', '--published', '2025-01-01', '--out', 'o'], /--out applies to a batch/],
  ])('usage error %j exits 2', async (args, message) => {
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
