// What "the store holds only whole articles" means, checked with direct SQL on either engine (the
// crash tests run it after every SIGKILL): each article has exactly the claims and attributions
// that analysing its stored text gives, numbered 0..n-1; no claim or attribution without its
// article; no text stored twice; and the full-text index agrees with the tables.
import { contentHash } from '../../src/store/content-hash.js';
import type { ClaimsDoc } from '../../src/types.js';

// The built pipeline, as the ingest process under test runs it: src/ may be ahead of dist/ while
// someone edits it, and expected counts from another pipeline would be no evidence either way.
const { analyse } = await import(new URL('../../dist/pipeline.js', import.meta.url).href) as {
  analyse(article: { id: string; text: string; published: string; outlet: string | null; url: string | null; title: string | null }): ClaimsDoc;
};

/** Runs one SQL statement on the store under test and returns its rows. */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

export interface Invariants {
  readonly articles: number;
  readonly claims: number;
  /** Every broken rule, in words; empty when the store is whole. */
  readonly problems: string[];
}

// Counts by content hash: a text analysed once serves every check of a run.
const expected = new Map<string, { claims: number; attributions: number }>();

function expectedCounts(row: Record<string, unknown>): { claims: number; attributions: number } {
  const hash = String(row['content_hash']);
  let counts = expected.get(hash);
  if (!counts) {
    const doc = analyse({
      id: String(row['id']), text: String(row['text']), published: String(row['published']),
      outlet: (row['outlet'] as string | null) ?? null, url: (row['url'] as string | null) ?? null, title: (row['title'] as string | null) ?? null,
    });
    counts = { claims: doc.claims.length, attributions: doc.attributions.length };
    expected.set(hash, counts);
  }
  return counts;
}

export async function checkWholeArticles(query: Query, engine: 'sqlite' | 'postgres'): Promise<Invariants> {
  const problems: string[] = [];
  const rows = await query(`
    select a.id, a.content_hash, a.text, a.published, a.outlet, a.url, a.title,
      (select count(*) from claims c where c.article_id = a.id) as claims,
      (select max(ordinal) from claims c where c.article_id = a.id) as last_claim,
      (select count(*) from attributions t where t.article_id = a.id) as attributions,
      (select max(ordinal) from attributions t where t.article_id = a.id) as last_attribution
    from articles a`);
  let claims = 0;
  for (const row of rows) {
    const id = String(row['id']);
    const want = expectedCounts(row);
    const got = { claims: Number(row['claims']), attributions: Number(row['attributions']) };
    claims += got.claims;
    if (contentHash(String(row['text'])) !== row['content_hash']) problems.push(`${id}: content_hash is not the hash of its text`);
    if (got.claims !== want.claims) problems.push(`${id}: ${got.claims} claims stored, its text gives ${want.claims}`);
    if (got.attributions !== want.attributions) problems.push(`${id}: ${got.attributions} attributions stored, its text gives ${want.attributions}`);
    // With unique (article_id, ordinal), a count of n and a last ordinal of n-1 means 0..n-1, no gap.
    if (got.claims && Number(row['last_claim']) !== got.claims - 1) problems.push(`${id}: claim ordinals are not 0..${got.claims - 1}`);
    if (got.attributions && Number(row['last_attribution']) !== got.attributions - 1) problems.push(`${id}: attribution ordinals are not 0..${got.attributions - 1}`);
  }

  for (const table of ['claims', 'attributions']) {
    const [orphans] = await query(`select count(*) as n from ${table} x left join articles a on a.id = x.article_id where a.id is null`);
    if (Number(orphans?.['n']) !== 0) problems.push(`${orphans?.['n']} ${table} rows without their article`);
  }
  const twice = await query('select content_hash, count(*) as n from articles group by content_hash having count(*) > 1');
  for (const row of twice) problems.push(`text ${String(row['content_hash']).slice(0, 12)} stored ${row['n']} times`);

  if (engine === 'sqlite') {
    // FTS5's own check: the index holds exactly the rows of its content table, no more, no less.
    for (const fts of ['articles_fts']) {
      await query(`insert into ${fts}(${fts}) values ('integrity-check')`).catch((err: unknown) => {
        problems.push(`${fts} integrity-check: ${err instanceof Error ? err.message : String(err)}`);
      });
    }
    const [integrity] = await query('pragma integrity_check');
    if (integrity?.['integrity_check'] !== 'ok') problems.push(`integrity_check: ${JSON.stringify(integrity)}`);
  } else {
    const [unindexed] = await query('select count(*) as n from articles where search is null');
    if (Number(unindexed?.['n']) !== 0) problems.push(`${unindexed?.['n']} articles without a search vector`);
  }
  return { articles: rows.length, claims, problems };
}
