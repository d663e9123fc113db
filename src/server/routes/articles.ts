// POST /articles (analyse and store one article, or a JSONL batch) and GET /articles/:id.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CrosscheckError } from '../../errors.js';
import { contentHash } from '../../store/content-hash.js';
import type { PutFailure, PutResult } from '../../store/claim-store.js';
import type { Article, ClaimsDoc } from '../../types.js';
import { PIPELINE_VERSION } from '../../version.js';
import { articleFromHtml, articleFromJson, articleFromText, articlesFromNdjson } from '../article-body.js';
import { checkAuth } from '../auth.js';
import type { RouteDeps } from '../deps.js';
import { forClient, HTTP_STATUS, storeDown } from '../errors.js';
import { ARTICLE_BODIES, ArticleQuery, ArticleResponse, BatchResponse, ClaimsDocSchema, ErrorResponse, IdParams } from '../schemas.js';

const WRITE_ERRORS = {
  400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse,
  500: ErrorResponse, 503: ErrorResponse,
} as const;

export function articleRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store, cache } = deps;

  /** The analysis, wrapped so that a pipeline bug is a coded 500: the details go to the log, the
   *  client gets the request id to quote (a bug's message may name code paths). A coded error (an
   *  article over the time limit) is the client's to see as it is. */
  const analyse = async (article: Article, request: FastifyRequest): Promise<ClaimsDoc> => {
    try {
      return await deps.pipeline(article);
    } catch (err) {
      if (err instanceof CrosscheckError) {
        request.log.warn({ code: err.code, articleId: article.id, bytes: Buffer.byteLength(article.text) }, err.message);
        throw err;
      }
      request.log.error({ err, articleId: article.id }, 'analysis failed');
      throw new CrosscheckError('E_ANALYSIS_FAILED', `see the server log for request ${request.id}`);
    }
  };

  /** This very text from this pipeline version is known already: skip the analysis. */
  const known = async (article: Article): Promise<string | null> => {
    const hash = contentHash(article.text);
    const found = await store.findArticle({ contentHash: hash });
    return found && found.contentHash === hash && found.pipelineVersion === PIPELINE_VERSION ? found.id : null;
  };

  const storedDoc = async (id: string): Promise<ClaimsDoc> => {
    const stored = await store.getArticle(id);
    if (!stored) throw new CrosscheckError('E_STORE_FAILED', `article ${id} was stored but cannot be read back`);
    return stored.doc;
  };

  async function storeOne(article: Article, request: FastifyRequest): Promise<{ status: PutResult['status']; doc: ClaimsDoc }> {
    const id = await known(article);
    if (id !== null) return { status: 'known', doc: await storedDoc(id) };
    const doc = await analyse(article, request);
    // Through the cache, which rebuilds the groups of what the put changed (reconcile-cache.ts).
    const put = await cache.write(() => store.putArticle(article, doc));
    if (put.status === 'known') return { status: 'known', doc: await storedDoc(put.articleId) };
    // The store may keep the article under another id (a known URL, an id already taken).
    return { status: put.status, doc: { ...doc, article: { ...doc.article, id: put.articleId } } };
  }

  /** A batch line the store refused, as every route would answer it: a lost database without its
   *  address, a coded error as it is, a driver's own words in the log only. */
  const storeFailure = (err: Error, line: number, request: FastifyRequest): CrosscheckError => {
    const known = storeDown(err) ?? (err instanceof CrosscheckError ? forClient(err, String(request.id)) : null);
    if (known === null || HTTP_STATUS[known.code] >= 500) request.log.error({ err, line }, 'batch line not stored');
    return known ?? new CrosscheckError('E_STORE_FAILED', `line ${line} was not stored (request ${request.id} in the server log)`);
  };

  async function storeBatch(body: string, request: FastifyRequest) {
    const lines = articlesFromNdjson(body);
    const results: (typeof BatchResponse)['_output']['results'][number][] = [];
    const toPut: { line: number; article: Article; doc: ClaimsDoc }[] = [];
    for (const item of lines) {
      if ('error' in item) { results.push({ line: item.line, status: 'failed', code: item.error.code, message: item.error.message }); continue; }
      const id = await known(item.article);
      if (id !== null) { results.push({ line: item.line, status: 'known', articleId: id, claims: 0 }); continue; }
      try {
        toPut.push({ line: item.line, article: item.article, doc: await analyse(item.article, request) });
      } catch (err) {
        const e = err as CrosscheckError;
        results.push({ line: item.line, status: 'failed', code: e.code, message: e.message });
      }
    }
    // One transaction for the batch, a savepoint per article: a bad one is undone alone.
    const puts: (PutResult | PutFailure)[] = toPut.length ? await cache.write(() => store.putArticles(toPut)) : [];
    puts.forEach((put, i) => {
      const line = toPut[i]!.line;
      if (put.status === 'failed') {
        const { code, message } = storeFailure(put.error, line, request);
        results.push({ line, status: 'failed', code, message });
      } else {
        results.push({ line, status: put.status, articleId: put.articleId, claims: put.claims });
      }
    });
    results.sort((a, b) => a.line - b.line);
    const tally = (s: string) => results.filter((r) => r.status === s).length;
    return {
      summary: {
        lines: results.length, new: tally('new'), known: tally('known'), replaced: tally('replaced'), failed: tally('failed'),
        claims: results.reduce((n, r) => n + ('claims' in r ? r.claims : 0), 0),
      },
      results,
    };
  }

  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post('/articles', {
    onRequest: async (request) => checkAuth(request, deps.auth, true),
    schema: {
      summary: 'Analyse an article, store it and return its claims document',
      description: 'Body: text/plain (metadata in the query; published is required), text/html (the page\'s main text; its own date and outlet win), '
        + 'application/json {text, published, outlet?, url?, title?}, or application/x-ndjson (one JSON article a line → a summary and a result per line). '
        + 'Needs Authorization: Bearer <CROSSCHECK_TOKEN>. 201 for a new article, 200 for one already stored (Crosscheck-Article-Status says which).',
      tags: ['articles'],
      security: [{ bearer: [] }],
      querystring: ArticleQuery,
      body: { content: Object.fromEntries(Object.entries(ARTICLE_BODIES).map(([type, schema]) => [type, { schema }])) },
      response: { 200: ClaimsDocSchema.or(BatchResponse), 201: ClaimsDocSchema, ...WRITE_ERRORS },
    },
  }, async (request, reply) => {
    const body: unknown = request.body;
    const type = request.mediaType;
    if (type === 'application/x-ndjson') return reply.code(200).send(await storeBatch(body as string, request));
    const article = type === 'application/json' ? articleFromJson(body)
      : type === 'text/html' ? articleFromHtml(body as string, request.query)
      : articleFromText(body as string, request.query);
    const { status, doc } = await storeOne(article, request);
    return reply
      .code(status === 'new' ? 201 : 200)
      .header('location', `/articles/${encodeURIComponent(doc.article.id)}`)
      .header('crosscheck-article-status', status)
      .send(doc);
  });

  typed.get('/articles/:id', {
    onRequest: async (request) => checkAuth(request, deps.auth, false),
    schema: {
      summary: 'One stored article: its text and its claims document',
      tags: ['articles'],
      params: IdParams,
      response: { 200: ArticleResponse, 404: ErrorResponse },
    },
  }, async (request) => {
    const stored = await store.getArticle(request.params.id);
    if (!stored) throw new CrosscheckError('E_NOT_FOUND', `no article ${JSON.stringify(request.params.id)} in the store`);
    return stored;
  });
}
