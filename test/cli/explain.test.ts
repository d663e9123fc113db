// `crosscheck explain`: the claim at an offset and the rules behind it, read back in words.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './run-cli.js';

const text = 'The governor said on Friday that 14 people were killed in the strike.';
const file = join(tempDir(), 'explain.txt');
writeFileSync(file, text);

describe('explain', () => {
  it('explains the claim whose number covers the offset', async () => {
    const r = await runCli(['explain', file, '--published', '2025-12-13', '--at', String(text.indexOf('14'))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"14" at \d+–\d+: 14 killed/);
    expect(r.stdout).toMatch(/measure\/cue-after:killed\s+measure killed: a cue word after the number/);
    expect(r.stdout).toMatch(/who says it: The governor/);
    expect(r.stdout).toMatch(/2025-12-12\.\.2025-12-12/);
  });
  it('points to the nearest claim when no number is at the offset', async () => {
    const r = await runCli(['explain', file, '--published', '2025-12-13', '--at', '0', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.exact).toBe(false);
    expect(out.claim.value.low).toBe(14);
  });
  it('rejects an offset past the end', async () => {
    const r = await runCli(['explain', file, '--published', '2025-12-13', '--at', '9999']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/past the end/);
  });
});
