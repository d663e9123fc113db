// The queue's connections lost, as in a PostgreSQL restart (a relay to the test server, cut). pg-boss
// runs only single queries on its pool (pool.query listens for 'error' on the client it holds), and
// an idle client's error reaches startBoss's onError: the loss arrives as rejections and log lines,
// never as the unhandled 'error' event that would end a worker (the store's hazard, held clients:
// src/store/dialect/postgres.ts).
import { describe, expect, it, vi } from 'vitest';
import { QUEUE_NAME, startBoss } from '../../src/queue/boss.js';
import { PG_SERVER, testSchemas } from '../helpers/pg-schemas.js';
import { tcpProxy } from '../helpers/tcp-proxy.js';

const schemas = testSchemas('crosscheck_qlost');
const target = new URL(PG_SERVER);

describe('a queue whose database goes away', () => {
  it('reports the lost connections and rejects calls, without an unhandled error', async () => {
    const proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const errors: string[] = [];
    const boss = await startBoss({ url: proxy.via(PG_SERVER), schema: schemas.reserve() }, 'worker', (m) => errors.push(m));
    try {
      // The worker's pool holds 4 clients: all open and idle, then one of them inside a query.
      await Promise.all(Array.from({ length: 4 }, () => boss.getDb().executeSql('select pg_sleep(0.1)')));
      const inQuery = boss.getDb().executeSql('select pg_sleep(5)');
      await vi.waitFor(() => expect((boss.getDb() as unknown as { pool: { idleCount: number } }).pool.idleCount).toBe(3));
      await proxy.cut();

      await expect(inQuery).rejects.toThrow(/Connection terminated unexpectedly/);
      await vi.waitFor(() => expect(errors).toHaveLength(3));
      expect(errors[0]).toMatch(/^queue: cannot reach the queue's PostgreSQL server postgres:\/\/.*Connection terminated unexpectedly/);
      // And while it stays away: fetch answers no jobs (work.ts relies on it), other calls reject.
      expect(await boss.fetch(QUEUE_NAME)).toEqual([]);
      await expect(boss.getQueueSize(QUEUE_NAME)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    }
  });
});
