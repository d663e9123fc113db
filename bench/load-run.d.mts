// Types for load-run.mjs, for the TypeScript test that runs the load test briefly.
type Kind = 'claims' | 'groups' | 'conflicts' | 'article' | 'health' | 'post';
interface Percentiles { readonly n: number; readonly p50?: number; readonly p99?: number; readonly max?: number }

export interface LoadOptions {
  readonly db?: 'postgres' | 'sqlite';
  readonly duration?: number;
  readonly restartAt?: number | null;
  readonly downMs?: number;
  readonly graceMs?: number;
  readonly connections?: number;
  readonly jobs?: number | null;
  readonly seedArticles?: number;
  readonly seed?: number;
  readonly pgPort?: number | null;
  readonly timeout?: number;
  readonly rssGrowthMb?: number;
  readonly rssGrowthRatio?: number;
  readonly log?: (line: string) => void;
}

export interface LoadSummary {
  readonly db: 'postgres' | 'sqlite';
  readonly durationS: number;
  readonly connections: number;
  readonly restart: {
    readonly atS: number; readonly downMs: number; readonly dbDownAtMs: number; readonly dbUpAtMs: number | null;
    readonly recoveredAfterMs: { readonly get?: number | null; readonly post?: number | null };
  } | null;
  readonly requests: { readonly total: number; readonly ok: number; readonly perSecond: number; readonly byKind: Record<Kind, number> };
  readonly errors: {
    readonly outageClean503: number; readonly outageByKind: Record<Kind, number>; readonly byCode: Record<string, number>;
    readonly other: number; readonly leaks: number; readonly malformed: number; readonly noAnswer: number; readonly timeouts: number; readonly unanswered: number;
  };
  readonly latencyMs: { readonly all: { readonly p50: number; readonly p99: number; readonly max: number } } & Record<Kind, Percentiles>;
  readonly rssMb: { readonly start: number; readonly peak: number; readonly end: number; readonly samples: number; readonly every10s: number[] };
  readonly writes: { readonly acked: number; readonly seeded: number; readonly storedArticles: number; readonly missing: number; readonly storedWithoutAck: number };
  readonly serverExit: number | string | null;
  readonly loadavg: { readonly before: number[]; readonly during: number[] };
  readonly node: string;
  readonly failures: string[];
  readonly keptFiles: string | null;
}

export const DEFAULTS: Required<LoadOptions>;
export function runLoad(options?: LoadOptions): Promise<LoadSummary>;
