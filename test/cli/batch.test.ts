// `crosscheck extract --jsonl FILE --out DIR`: good lines are written even when others are bad,
// each bad line is named as FILE:LINE, ids become safe file names, the exit code says if any failed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE, tempDir } from './run-cli.js';

const record = (fields: Record<string, unknown>) => JSON.stringify({ text: 'At least 12 people were killed on Friday.', published: '2025-12-13', ...fields });

function batchFile(lines: readonly string[]): { jsonl: string; out: string } {
  const dir = tempDir();
  const jsonl = join(dir, 'articles.jsonl');
  writeFileSync(jsonl, lines.join('\n') + '\n');
  return { jsonl, out: join(dir, 'out') };
}

describe('crosscheck extract --jsonl', () => {
  it('writes the good lines, names each bad one as FILE:LINE, and exits 1', async () => {
    const { jsonl, out } = batchFile([
      record({ id: 'one', outlet: 'Eastern Ledger', url: null }),
      '{"id": "broken", "text": "no closing brace"',
      record({ id: 'three' }),
      '',
      record({ id: 'no-date', published: undefined }),
      record({ id: 'bad-date', published: '2025-02-30' }),
      JSON.stringify({ id: 'no-text', published: '2025-12-13' }),
      record({ id: 'eight' }),
    ]);
    const r = await runCli(['extract', '--jsonl', jsonl, '--out', out, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['eight.json', 'one.json', 'three.json']);
    expect(r.stderr).toContain(`${jsonl}:2: not valid JSON`);
    expect(r.stderr).toContain(`${jsonl}:5: "published" is required`);
    expect(r.stderr).toContain(`${jsonl}:6: invalid published date "2025-02-30"`);
    expect(r.stderr).toContain(`${jsonl}:7: missing "text"`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toMatch(/^written 3, failed 4 \(see above\), \d+ claims, \d+\.\d s\n$/);

    const doc = JSON.parse(readFileSync(join(out, 'one.json'), 'utf8'));
    expect(doc.schema).toBe('crosscheck.claims/v1');
    expect(doc.article).toEqual({ id: 'one', published: '2025-12-13', outlet: 'Eastern Ledger', url: null, title: null });
  });

  it('exits 0 when every line is good, with one thread too', async () => {
    const { jsonl, out } = batchFile([record({ id: 'a' }), record({ id: 'b' }), record({ id: 42 })]);
    const r = await runCli(['extract', '--jsonl', jsonl, '--out', out, '--jobs', '1']);
    expect(r.stderr).toBe('');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^written 3, failed 0, \d+ claims/);
    expect(readdirSync(out).sort()).toEqual(['42.json', 'a.json', 'b.json']);
  });

  it('makes ids with slashes and dots safe: nothing is written outside DIR', async () => {
    const { jsonl, out } = batchFile([
      record({ id: 'reuters/2025/12/13/kursk' }),
      record({ id: '../escape' }),
      record({ id: 'a_b' }),
      record({ id: 'a/b' }),
    ]);
    const r = await runCli(['extract', '--jsonl', jsonl, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(4);
    expect(files).toContain('a_b.json');
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*\.json$/);
    expect(existsSync(join(out, '..', 'escape.json'))).toBe(false);
    // The document keeps the id as given; only the file name changes.
    const ids = files.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).article.id).sort();
    expect(ids).toEqual(['../escape', 'a/b', 'a_b', 'reuters/2025/12/13/kursk']);
  });

  it('reports a duplicate id instead of overwriting the first', async () => {
    const { jsonl, out } = batchFile([record({ id: 'same', outlet: 'First' }), record({ id: 'same', outlet: 'Second' })]);
    const r = await runCli(['extract', '--jsonl', jsonl, '--out', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${jsonl}:2: duplicate id "same" (first on line 1)`);
    expect(JSON.parse(readFileSync(join(out, 'same.json'), 'utf8')).article.outlet).toBe('First');
  });

  it('names an invalid UTF-8 line', async () => {
    const dir = tempDir();
    const jsonl = join(dir, 'latin1.jsonl');
    writeFileSync(jsonl, Buffer.concat([Buffer.from(record({ id: 'ok' }) + '\n'), Buffer.from(record({ id: 'caf\xe9' }) + '\n', 'latin1')]));
    const r = await runCli(['extract', '--jsonl', jsonl, '--out', join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${jsonl}:2: not valid UTF-8: byte 0xe9`);
    expect(readdirSync(join(dir, 'out'))).toEqual(['ok.json']);
  });

  it('prints the summary as JSON with --json', async () => {
    const { jsonl, out } = batchFile([record({ id: 'a' }), 'nope']);
    const r = await runCli(['extract', '--jsonl', jsonl, '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ written: 1, failed: 1, out, failures: [{ file: jsonl, line: 2, code: 'E_JSONL_LINE' }] });
  });

  it('an empty or missing JSONL file is an input error naming it', async () => {
    const { jsonl, out } = batchFile([]);
    writeFileSync(jsonl, '');
    let r = await runCli(['extract', '--jsonl', jsonl, '--out', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe(`crosscheck: ${jsonl}: file is empty\n`);
    r = await runCli(['extract', '--jsonl', `${jsonl}.missing`, '--out', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${jsonl}.missing: cannot read: no such file`);
  });
});
