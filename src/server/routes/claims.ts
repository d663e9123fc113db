// GET /claims: stored claims newest first, filtered, a page at a time with an opaque cursor.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkAuth } from '../auth.js';
import { defined, type RouteDeps } from '../deps.js';
import { ClaimsPage, ClaimsQuery, ErrorResponse } from '../schemas.js';

export function claimRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/claims', {
    onRequest: async (request) => checkAuth(request, deps.auth, false),
    schema: {
      summary: 'Stored claims, newest first; pass nextCursor back as cursor for the next page',
      tags: ['claims'],
      querystring: ClaimsQuery,
      response: { 200: ClaimsPage, 400: ErrorResponse },
    },
  }, async (request) => {
    // Every value goes to the store as a bound parameter (Kysely), never into the SQL text.
    return deps.store.queryClaims(defined(request.query));
  });
}
