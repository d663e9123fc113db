// The HTTP API's shapes in zod: requests are validated against them at the edge, and responses
// are documented by them in /openapi.json (test/server checks real responses against these).
import { z } from 'zod';
import { ERRORS } from '../errors.js';
import { MEASURES, QUALIFIERS } from '../types.js';

// ---------------------------------------------------------------------------------------------
// Requests

const isoDate = (what: string) => z.iso.date({ error: `${what} must be a real day, YYYY-MM-DD` });
/** Free text that is data (a source name, search words): any characters, bounded length. */
const text = (max: number) => z.string().max(max);

export const ClaimsQuery = z.strictObject({
  measure: z.enum(MEASURES, { error: `measure must be one of ${MEASURES.join(', ')}` }).optional(),
  source: text(200).optional().describe('a source or relay name, case-insensitive substring'),
  place: z.string().regex(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/, 'place must be a country code like RU, or country-region like RU-KRS').optional(),
  from: isoDate('from').optional().describe('claims whose time overlaps [from, to]'),
  to: isoDate('to').optional(),
  q: text(500).optional().describe('words the claim sentence holds'),
  cursor: text(500).optional().describe('nextCursor of the previous page, unchanged'),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

export const GroupsQuery = z.strictObject({
  measure: z.enum(MEASURES, { error: `measure must be one of ${MEASURES.join(', ')}` }).optional(),
  about: text(200).optional().describe('only groups whose claims, sources or countries mention this'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const ConflictsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

export const IdParams = z.strictObject({ id: z.string().min(1).max(300) });

/** Metadata for a text/plain or text/html body (JSON bodies carry their own). */
export const ArticleQuery = z.strictObject({
  published: z.string().max(100).optional().describe('YYYY-MM-DD; required for text/plain, found in the page for text/html'),
  outlet: text(300).optional(),
  title: text(1000).optional(),
  url: text(2000).optional(),
});

export const ArticleJson = z.object({
  id: z.string().max(300).nullish(),
  text: z.string(),
  published: z.string(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
  title: z.string().nullish(),
});

/** Bodies POST /articles takes, by content type: documentation and validation both. */
export const ARTICLE_BODIES = {
  'text/plain': z.string().describe('the article text; metadata in the query (published is required)'),
  'text/html': z.string().describe('an HTML page: its main text, title and date are read from it'),
  'application/json': ArticleJson,
  'application/x-ndjson': z.string().describe('one JSON article a line, as application/json; each line succeeds or fails alone'),
} as const;

// ---------------------------------------------------------------------------------------------
// Responses
// Our results are readonly arrays: the schemas say so, or the type provider would refuse them.
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();


const Span = z.object({ start: z.number().int(), end: z.number().int() });
const TextSpan = Span.extend({ text: z.string() });
const SourceRef = z.object({ name: z.string(), type: z.string() });

export const ClaimSchema = z.object({
  kind: z.literal('quantity'),
  measure: z.enum(MEASURES),
  value: z.object({ low: z.number(), high: z.number().nullable(), qualifier: z.enum(QUALIFIERS), unit: z.string() }),
  counted: z.string().nullable(),
  subject: z.string().nullable(),
  sources: list(SourceRef),
  via: list(SourceRef),
  cue: z.string().nullable(),
  hedged: z.boolean(),
  time: z.object({ text: z.string(), start: z.string(), end: z.string(), implied: z.boolean() }).nullable(),
  place: z.object({ text: z.string(), country: z.string(), region: z.string().nullable() }).nullable(),
  population: z.object({
    nationality: z.string().nullable(), nationalityImplied: z.boolean(), theatre: z.string().nullable(), theatreImplied: z.boolean(), scope: z.string().nullable(),
  }),
  span: Span,
  valueSpan: Span,
  rules: list(z.string()),
});

const ArticleMeta = z.object({
  id: z.string(), published: z.string(), outlet: z.string().nullable(), url: z.string().nullable(), title: z.string().nullable(),
});

export const ClaimsDocSchema = z.object({
  schema: z.literal('crosscheck.claims/v1'),
  pipeline: z.object({ name: z.literal('crosscheck'), version: z.string() }),
  article: ArticleMeta,
  claims: list(ClaimSchema),
  attributions: list(z.object({ source: TextSpan.extend({ type: z.string() }), cue: TextSpan, content: TextSpan })),
  checks: list(z.object({ kind: z.string(), verdict: z.string(), note: z.string() })),
  messages: list(z.object({ ruleId: z.string(), severity: z.string(), text: z.string() })),
}).describe('a crosscheck.claims/v1 document');

export const ArticleResponse = z.object({
  article: ArticleMeta.extend({ text: z.string() }),
  doc: ClaimsDocSchema,
});

const PutStatus = z.enum(['new', 'known', 'replaced']);

export const BatchResponse = z.object({
  summary: z.object({ lines: z.number().int(), new: z.number().int(), known: z.number().int(), replaced: z.number().int(), failed: z.number().int(), claims: z.number().int() }),
  results: list(z.union([
    z.object({ line: z.number().int(), status: PutStatus, articleId: z.string(), claims: z.number().int() }),
    z.object({ line: z.number().int(), status: z.literal('failed'), code: z.string(), message: z.string() }),
  ])),
});

export const StoredClaimSchema = ClaimSchema.extend({
  id: z.string(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  published: z.string(),
  sentence: z.string(),
});

export const ClaimsPage = z.object({ claims: list(StoredClaimSchema), nextCursor: z.string().nullable() });

export const GroupSummary = z.object({
  id: z.string(), label: z.string(), key: z.string(), measures: list(z.enum(MEASURES)),
  low: z.number(), best: z.number(), high: z.number(), openEnded: z.boolean(),
  independentSources: z.number().int(), origins: list(z.string()), notes: list(z.string()),
  figures: z.number().int(), disagreements: z.number().int(),
});

export const GroupsResponse = z.object({ total: z.number().int(), groups: list(GroupSummary) });

const Side = z.object({
  claimId: z.string(), articleId: z.string(), outlet: z.string().nullable(), published: z.string(), origin: z.string(),
  measure: z.enum(MEASURES), value: ClaimSchema.shape.value, sentence: z.string(),
});

export const DisagreementSchema = z.object({
  groupId: z.string(), kind: z.enum(['contradiction', 'apparent']), ratio: z.number(), notes: list(z.string()), a: Side, b: Side,
});

export const GroupDetail = GroupSummary.omit({ figures: true, disagreements: true }).extend({
  bestRule: z.string(),
  figures: list(z.object({
    claimId: z.string(), articleId: z.string(), outlet: z.string().nullable(), published: z.string(), origin: z.string(),
    measure: z.enum(MEASURES), value: ClaimSchema.shape.value, hedged: z.boolean(), sentence: z.string(), restatements: list(z.string()),
  })),
  disagreements: list(DisagreementSchema),
});

export const ConflictsResponse = z.object({ total: z.number().int(), conflicts: list(DisagreementSchema) });

export const SourcesResponse = z.object({
  sources: list(z.object({
    name: z.string(), types: list(z.string()), claims: z.number().int(), relayed: z.number().int(), articles: z.number().int(),
  })),
});

export const HealthResponse = z.object({
  ok: z.boolean(),
  articles: z.number().int().optional(),
  claims: z.number().int().optional(),
});

const codes = Object.keys(ERRORS) as [keyof typeof ERRORS, ...(keyof typeof ERRORS)[]];
export const ErrorResponse = z.object({ statusCode: z.number().int(), code: z.enum(codes), message: z.string() })
  .describe('every error: an HTTP status, a stable code and a message; never a stack trace');
