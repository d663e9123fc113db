// GET /sources (who is cited, how often) and GET /health (is the store reachable).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CrosscheckError } from '../../errors.js';
import { checkAuth } from '../auth.js';
import type { RouteDeps } from '../deps.js';
import { HTTP_STATUS, storeDown } from '../errors.js';
import { ErrorResponse, HealthResponse, SourcesResponse } from '../schemas.js';

export function statusRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get('/sources', {
    onRequest: async (request) => checkAuth(request, deps.auth, false),
    schema: {
      summary: 'Every source and relay the stored claims name, with their types and counts, most claims first',
      tags: ['claims'],
      response: { 200: SourcesResponse },
    },
  }, async () => ({ sources: await deps.cache.sources() }));

  /** A private server tells anyone that it is up, but its counts only to a caller with the token. */
  const mayRead = (request: FastifyRequest) => {
    try {
      checkAuth(request, deps.auth, false);
      return true;
    } catch {
      return false;
    }
  };

  typed.get('/health', {
    schema: {
      summary: 'Whether the store answers: 200 with counts, else 503',
      tags: ['status'],
      response: { 200: HealthResponse, 503: ErrorResponse },
    },
  }, async (request) => {
    let counts;
    try {
      counts = await deps.store.counts();
    } catch (err) {
      // Whatever the driver threw, the answer is a 503: a lost database is the E_STORE_UNREACHABLE
      // every route gives (handleError maps a coded one). /health is open even on a private server,
      // so the driver's own words (the database's address) go to the log only.
      if (err instanceof CrosscheckError && HTTP_STATUS[err.code] === 503) throw err;
      request.log.error({ err }, 'health: the store did not answer');
      const down = err instanceof Error ? storeDown(err) : null;
      throw down ?? new CrosscheckError('E_STORE_FAILED', `the database did not answer (request ${request.id} in the server log)`);
    }
    return mayRead(request) ? { ok: true, articles: counts.articles, claims: counts.claims } : { ok: true };
  });
}
