// The whole pipeline for one article, in the order of ../shared/DESIGN.md:
// nlp → extractors (each on its own) → claim refiners → in-article checks → the claims document.
import { createContext } from './context.js';
import { readDoc } from './nlp/doc.js';
import { extractQuantities } from './extract/quantities.js';
import { extractTimes } from './extract/times.js';
import { extractPlaces } from './extract/places.js';
import { extractAttributions } from './extract/attributions.js';
import { refineClaims } from './claims/refine.js';
import { runChecks } from './checks/run-checks.js';
import { PIPELINE_VERSION } from './version.js';
import { checkArticleSize } from './limits.js';
import type { Article, ClaimsDoc, Mentions } from './types.js';

export function analyse(article: Article): ClaimsDoc {
  // The same per-article limit as every reader (src/limits.ts), for callers that build Articles themselves.
  checkArticleSize(article.text);
  const ctx = createContext(article.published);
  const doc = readDoc(article);
  // Extractors only propose; none reads another's output.
  const mentions: Mentions = {
    quantities: extractQuantities(doc, ctx),
    times: extractTimes(doc, ctx),
    places: extractPlaces(doc, ctx),
    attributions: extractAttributions(doc, ctx),
  };
  const claims = refineClaims(doc, mentions, ctx);
  return {
    schema: 'crosscheck.claims/v1',
    pipeline: { name: 'crosscheck', version: PIPELINE_VERSION },
    article: {
      id: article.id, published: article.published, outlet: article.outlet, url: article.url, title: article.title,
    },
    claims,
    attributions: mentions.attributions.map((a) => ({ source: a.source, cue: a.cue, content: a.content })),
    // Checks read finished claims only: the last stage before the document.
    checks: runChecks(claims, article.text, article.published),
    messages: ctx.messages,
  };
}
