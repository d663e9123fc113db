// What the HTTP API returns, as the page reads it. Claims and documents are the pipeline's own
// types (one definition for server and page); groups and conflicts mirror src/cli/groups.ts
// `groupJson` and src/cli/conflicts.ts `disagreementJson`, which the server sends as they are.
import type { Attribution, Check, Claim, ClaimsDoc, ClaimValue, Measure, Message, Qualifier, SourceRef } from '../../../src/types.js';
import { MEASURES } from '../../../src/types.js';
import type { StoredClaim } from '../../../src/store/claim-store.js';

export type { Attribution, Check, Claim, ClaimsDoc, ClaimValue, Measure, Message, Qualifier, SourceRef, StoredClaim };
export { MEASURES };

export interface ClaimsPage {
  readonly claims: readonly StoredClaim[];
  readonly nextCursor: string | null;
}

/** An article with the text its offsets point into: the page never shows a claim without it. */
export interface ArticleWithText {
  readonly text: string;
  readonly doc: ClaimsDoc;
}

/** A figure of a group (GET /groups/:id), from src/cli/groups.ts `groupJson`. The server documents
 *  fewer fields than it sends; those it leaves out of /openapi.json are optional here. */
export interface GroupFigure {
  readonly claimId: string;
  readonly articleId: string;
  readonly outlet: string | null;
  readonly published: string;
  /** Who the figure comes from, as the cross-check counts independent sources. */
  readonly origin: string;
  readonly measure: Measure;
  readonly value: ClaimValue;
  readonly hedged: boolean;
  readonly sources?: readonly SourceRef[];
  readonly via?: readonly SourceRef[];
  readonly time?: Claim['time'];
  readonly place?: Claim['place'];
  readonly sentence: string;
  readonly restatements: readonly string[];
}

interface GroupHead {
  readonly id: string;
  readonly label: string;
  readonly key: string;
  readonly measures: readonly Measure[];
  readonly low: number;
  readonly best: number;
  readonly high: number;
  readonly openEnded: boolean;
  readonly independentSources: number;
  readonly origins: readonly string[];
  readonly notes: readonly string[];
}

/** A group in the list (GET /groups): counts instead of the figures themselves. */
export interface GroupListItem extends GroupHead {
  readonly figures: number;
  readonly disagreements: number;
}

/** One group in full (GET /groups/:id). */
export interface GroupDetail extends GroupHead {
  readonly bestRule: string;
  readonly figures: readonly GroupFigure[];
  readonly disagreements: readonly Disagreement[];
}

export interface DisagreementSide {
  readonly claimId: string;
  readonly articleId: string;
  readonly outlet: string | null;
  readonly published: string;
  readonly origin: string;
  readonly measure: Measure;
  readonly value: ClaimValue;
  readonly sentence: string;
}

export interface Disagreement {
  readonly groupId: string;
  readonly kind: 'contradiction' | 'apparent';
  readonly ratio: number;
  readonly notes: readonly string[];
  readonly a: DisagreementSide;
  readonly b: DisagreementSide;
}

export interface SourceSummary {
  readonly name: string;
  readonly types: readonly string[];
  readonly claims: number;
  readonly relayed: number;
  readonly articles: number;
}

export interface ClaimFilters {
  readonly measure?: string;
  readonly source?: string;
  readonly place?: string;
  readonly from?: string;
  readonly to?: string;
  readonly q?: string;
}
