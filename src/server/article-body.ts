// POST /articles bodies → Articles, through the same readers the CLI uses (toArticle, readHtml,
// parseRecord), so the server accepts and refuses exactly what `crosscheck ingest` does.
import type { FastifyInstance } from 'fastify';
import { CrosscheckError, InputError } from '../errors.js';
import { toArticle } from '../ingest/article-input.js';
import { decodeText } from '../ingest/decode-text.js';
import { parseRecord } from '../ingest/jsonl-record.js';
import { readHtml } from '../ingest/sources/html-page.js';
import type { Article } from '../types.js';
import { ArticleJson, type ArticleQuery } from './schemas.js';
import type { z } from 'zod';

/** Text bodies arrive as bytes and are decoded strictly: invalid UTF-8 or a NUL is a coded 400,
 *  never a silent replacement character that would shift every offset after it. */
export function registerBodyParsers(app: FastifyInstance): void {
  for (const type of ['text/plain', 'text/html', 'application/x-ndjson']) {
    // Our parser replaces fastify's text/plain one, which decodes leniently.
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => {
      try {
        done(null, decodeText(body as Buffer));
      } catch (err) {
        done(err as Error, undefined);
      }
    });
  }
}

/** One JSON article ({text, published, outlet?, url?, title?}), checked as a JSONL line is. */
export function articleFromJson(body: unknown): Article {
  const parsed = ArticleJson.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'body';
    throw new CrosscheckError('E_REQUEST_INVALID', `body.${field}: ${issue?.message ?? 'invalid'} (expected { text, published, outlet?, url?, title? })`);
  }
  return toArticle(parsed.data.text, parsed.data, '"published"');
}

type Meta = z.infer<typeof ArticleQuery>;

export function articleFromText(text: string, meta: Meta): Article {
  return toArticle(text, meta, 'the published query parameter');
}

/** An HTML page: the page's own date, outlet and URL win; the query fills what the page lacks. */
export function articleFromHtml(html: string, meta: Meta): Article {
  const article = readHtml(html, { published: meta.published, outlet: meta.outlet });
  return {
    ...article,
    url: article.url ?? (meta.url?.trim() ? meta.url : null),
    title: article.title ?? (meta.title?.trim() ? meta.title : null),
  };
}

export type NdjsonLine = { readonly line: number; readonly article: Article } | { readonly line: number; readonly error: CrosscheckError };

/** Each non-blank line alone: a bad one is reported at its line number and the rest still go in. */
export function articlesFromNdjson(body: string): NdjsonLine[] {
  const out: NdjsonLine[] = [];
  for (const [i, raw] of body.split('\n').entries()) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') continue;
    try {
      out.push({ line: i + 1, article: parseRecord(Buffer.from(text, 'utf8'), { file: 'body', line: i + 1 }) });
    } catch (err) {
      if (!(err instanceof CrosscheckError)) throw err;
      out.push({ line: i + 1, error: err });
    }
  }
  if (!out.length) throw new InputError('E_FILE_EMPTY', 'the body holds no JSON lines');
  return out;
}
