// Ids become file names that cannot leave the output directory or collide.
import { describe, expect, it } from 'vitest';
import { safeFilename } from '../../src/output/safe-filename.js';

describe('safeFilename', () => {
  it('keeps ids that are already safe', () => {
    expect(safeFilename('kh01_korea-herald.v2')).toBe('kh01_korea-herald.v2');
  });

  it.each(['a/b', '../etc/passwd', '..', '.hidden', 'C:\\x', 'spaces in id', 'ünïcode', 'nul\0byte'])('%j becomes a plain file name', (id) => {
    const name = safeFilename(id);
    expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*-[0-9a-f]{8}$/);
  });

  it('does not let "a/b" collide with "a_b"', () => {
    expect(safeFilename('a/b')).not.toBe(safeFilename('a_b'));
  });

  it('bounds the length', () => {
    expect(safeFilename('x'.repeat(500)).length).toBeLessThanOrEqual(129);
  });
});
