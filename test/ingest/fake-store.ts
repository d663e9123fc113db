// An in-memory ClaimStore for the ingest tests: the same new / known / replaced rules as the real
// store (by content hash, then URL), and a switch that makes writes fail, with nothing else.
import { NO_CHANGE, type ClaimStore, type SourceCount, type FoundArticle, type PutFailure, type PutResult } from '../../src/store/claim-store.js';
import { contentHash } from '../../src/store/content-hash.js';
import type { Article, ClaimsDoc } from '../../src/types.js';

interface Row {
  readonly article: Article;
  readonly doc: ClaimsDoc;
  readonly hash: string;
}

export class FakeStore implements ClaimStore {
  readonly rows = new Map<string, Row>();
  /** Calls seen, so a test can check that a known article was never analysed or put: `put` counts
   *  articles put (alone or in a batch), `batches` the putArticles calls. */
  readonly calls = { find: 0, put: 0, batches: 0 };
  /** Article counts of the putArticles calls, in order. */
  readonly batchSizes: number[] = [];
  /** When set, putArticle and putArticles throw it: a disk that filled up, a server that went away. */
  failWith: Error | null = null;

  /** As the real store: one transaction, so a failure stores none of the batch. */
  async putArticles(items: readonly { readonly article: Article; readonly doc: ClaimsDoc }[]): Promise<(PutResult | PutFailure)[]> {
    this.calls.batches++;
    this.batchSizes.push(items.length);
    if (this.failWith) {
      this.calls.put += items.length;
      throw this.failWith;
    }
    const results: PutResult[] = [];
    for (const { article, doc } of items) results.push(await this.putArticle(article, doc));
    return results;
  }

  async putArticle(article: Article, doc: ClaimsDoc): Promise<PutResult> {
    this.calls.put++;
    if (this.failWith) throw this.failWith;
    const hash = contentHash(article.text);
    const same = [...this.rows.values()].find((r) => r.hash === hash)
      ?? (article.url === null ? undefined : [...this.rows.values()].find((r) => r.article.url === article.url));
    if (same && same.hash === hash && same.doc.pipeline.version === doc.pipeline.version) {
      return { status: 'known', articleId: same.article.id, claims: 0, change: NO_CHANGE };
    }
    if (same) this.rows.delete(same.article.id);
    const id = same?.article.id ?? article.id;
    this.rows.set(id, { article: { ...article, id }, doc, hash });
    const change = {
      articles: same ? 0 : 1,
      claims: doc.claims.length - (same?.doc.claims.length ?? 0),
      attributions: doc.attributions.length - (same?.doc.attributions.length ?? 0),
    };
    return { status: same ? 'replaced' : 'new', articleId: id, claims: doc.claims.length, change };
  }

  async findArticle(key: { contentHash?: string; url?: string; id?: string }): Promise<FoundArticle | null> {
    this.calls.find++;
    const row = [...this.rows.values()].find((r) => r.hash === key.contentHash || (key.url !== undefined && r.article.url === key.url) || r.article.id === key.id);
    return row ? { id: row.article.id, pipelineVersion: row.doc.pipeline.version, contentHash: row.hash } : null;
  }

  async getArticle(id: string): Promise<{ article: Article; doc: ClaimsDoc } | null> {
    const row = this.rows.get(id);
    return row ? { article: row.article, doc: row.doc } : null;
  }

  async queryClaims(): Promise<never> { throw new Error('not in the fake store'); }
  async articleClaims(): Promise<never> { throw new Error('not in the fake store'); }
  async search(): Promise<never> { throw new Error('not in the fake store'); }
  async getClaim(): Promise<never> { throw new Error('not in the fake store'); }
  async putMark(): Promise<never> { throw new Error('not in the fake store'); }
  async listMarks(): Promise<never> { throw new Error('not in the fake store'); }

  async counts(): Promise<{ articles: number; claims: number; attributions: number }> {
    const docs = [...this.rows.values()].map((r) => r.doc);
    return {
      articles: docs.length,
      claims: docs.reduce((n, d) => n + d.claims.length, 0),
      attributions: docs.reduce((n, d) => n + d.attributions.length, 0),
    };
  }

  async sources(): Promise<SourceCount[]> {
    return [];
  }

  async close(): Promise<void> {}
}
