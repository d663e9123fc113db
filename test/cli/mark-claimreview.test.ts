// `crosscheck mark` and `crosscheck claimreview`: a marked figure exported as schema.org ClaimReview.
import { describe, expect, it, beforeAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './run-cli.js';

const dir = tempDir();
const db = join(dir, 'store.db');
const file = join(dir, 'toll.txt');
writeFileSync(file, 'The regional governor said on Friday that 11 civilians were killed in the shelling.');

beforeAll(async () => {
  expect((await runCli(['ingest', file, '--published', '2025-12-13', '--db', db, '--jobs', '1'])).code).toBe(0);
});

describe('mark and claimreview', () => {
  it('exports a marked claim as ClaimReview with its author, appearance and verdict', async () => {
    const out = JSON.parse((await runCli(['claims', '--db', db, '--json'])).stdout);
    const claims = Array.isArray(out) ? out : out.claims;
    const r = await runCli(['mark', claims[0].id, '--rating', 'Misleading', '--note', 'wounded counted as dead', '--by', 'Desk', '--db', db]);
    expect(r.code).toBe(0);
    const [review] = JSON.parse((await runCli(['claimreview', '--db', db])).stdout);
    expect(review).toMatchObject({
      '@context': 'https://schema.org', '@type': 'ClaimReview',
      itemReviewed: { '@type': 'Claim', author: { name: 'The regional governor' }, datePublished: '2025-12-13' },
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading' },
      reviewBody: 'wounded counted as dead',
    });
    expect(review.claimReviewed).toMatch(/11 civilians were killed/);
  });
  it('refuses an unknown claim and a missing rating', async () => {
    expect((await runCli(['mark', '424242', '--rating', 'False', '--db', db])).stderr).toMatch(/no claim "424242"/);
    expect((await runCli(['mark', '1', '--db', db])).code).toBe(2);
  });
});
