// schema.org ClaimReview (the markup fact-checkers publish, read by search engines) for a marked
// figure: the claim as the article states it, who made it, where it appeared, and the verdict.
import type { Mark } from '../store/claim-store.js';
import type { Article, Claim } from '../types.js';
import { formatFigure } from './format-figure.js';

const PEOPLE = new Set(['person']);

export function claimReview(mark: Mark, claim: Claim | null, article: Article): Record<string, unknown> {
  const figure = article.text.slice(mark.valueStart, mark.valueEnd);
  const sentence = claim ? article.text.slice(claim.span.start, claim.span.end) : figure;
  const source = claim?.sources[0];
  const author = source
    ? { '@type': PEOPLE.has(source.type) ? 'Person' : 'Organization', name: source.name }
    : article.outlet ? { '@type': 'Organization', name: article.outlet } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    datePublished: mark.markedAt.slice(0, 10),
    claimReviewed: sentence,
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      datePublished: article.published,
      appearance: {
        '@type': 'CreativeWork',
        ...(article.url ? { url: article.url } : {}),
        ...(article.title ? { headline: article.title } : {}),
        ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
        datePublished: article.published,
      },
    },
    ...(mark.markedBy ? { author: { '@type': 'Organization', name: mark.markedBy } } : {}),
    reviewRating: { '@type': 'Rating', alternateName: mark.rating },
    ...(mark.note ? { reviewBody: mark.note } : {}),
    // Not schema.org: what crosscheck read, so a reader of the export can find the figure again.
    'crosscheck:figure': { text: figure, start: mark.valueStart, end: mark.valueEnd, ...(claim ? { value: formatFigure(claim.value), measure: claim.measure } : {}) },
  };
}
