// What `crosscheck queue status` shows: how many article jobs are in each state, and the latest
// failures with their messages. Read straight from pg-boss's tables (its documented SQL surface).
import type PgBoss from 'pg-boss';
import { QUEUE_NAME } from './boss.js';

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface FailedJob {
  readonly id: string;
  readonly origin: string | null;
  readonly articleId: string | null;
  readonly message: string | null;
  readonly attempts: number;
  readonly failedAt: string;
}

export interface QueueStatus {
  /** Jobs in the queue table, by state. */
  readonly jobs: Readonly<Record<JobState, number>>;
  /** Finished jobs pg-boss has moved to its archive (after 12 hours, failed ones after a week). */
  readonly archived: number;
  readonly failures: readonly FailedJob[];
}

/** `schema` must be checked already (checkQueueSchema): it is written into the SQL. */
export async function queueStatus(boss: PgBoss, schema: string, failures = 10): Promise<QueueStatus> {
  const db = boss.getDb();
  const jobs = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  const counts = await db.executeSql(`select state, count(*)::int as n from ${schema}.job where name = $1 group by state`, [QUEUE_NAME]);
  for (const row of counts.rows as { state: JobState; n: number }[]) jobs[row.state] = row.n;
  const archived = await db.executeSql(`select count(*)::int as n from ${schema}.archive where name = $1`, [QUEUE_NAME]);
  const failed = await db.executeSql(
    `select id::text, data->>'origin' as origin, data->'article'->>'id' as article_id, output->>'message' as message,
            retry_count + 1 as attempts, completed_on
     from ${schema}.job where name = $1 and state = 'failed' order by completed_on desc, id limit $2`,
    [QUEUE_NAME, failures],
  );
  return {
    jobs,
    archived: (archived.rows[0] as { n: number } | undefined)?.n ?? 0,
    failures: (failed.rows as { id: string; origin: string | null; article_id: string | null; message: string | null; attempts: number; completed_on: Date }[])
      .map((r) => ({ id: r.id, origin: r.origin, articleId: r.article_id, message: r.message, attempts: r.attempts, failedAt: r.completed_on.toISOString() })),
  };
}
