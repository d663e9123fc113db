// GET /groups, /groups/:id and /conflicts: the cross-check of every stored claim, computed once
// per store change (reconcile-cache.ts) and filtered per request.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CrosscheckError } from '../../errors.js';
import { conflictsOf, type Group } from '../../reconcile/build-groups.js';
import { groupText } from '../../reconcile/describe-group.js';
import { disagreementJson, groupJson } from '../../reconcile/group-json.js';
import { checkAuth } from '../auth.js';
import type { RouteDeps } from '../deps.js';
import { ConflictsQuery, ConflictsResponse, ErrorResponse, GroupDetail, GroupsQuery, GroupsResponse, IdParams } from '../schemas.js';

/** A group without its figures: the list stays small however many claims a group holds. */
function groupSummary(g: Group) {
  const { figures, disagreements, bestRule: _rule, ...rest } = groupJson(g);
  return { ...rest, figures: figures.length, disagreements };
}

export function reconcileRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const read = { onRequest: async (request: Parameters<typeof checkAuth>[0]) => checkAuth(request, deps.auth, false) };

  typed.get('/groups', {
    ...read,
    schema: {
      summary: 'Figures that count the same thing, lined up across sources: low / best / high per group',
      tags: ['cross-check'],
      querystring: GroupsQuery,
      response: { 200: GroupsResponse, 400: ErrorResponse },
    },
  }, async (request) => {
    const { measure, about, limit } = request.query;
    let groups = await deps.cache.groups();
    if (measure) groups = groups.filter((g) => g.measures.includes(measure));
    const words = about?.toLowerCase().trim();
    if (words) groups = groups.filter((g) => groupText(g).includes(words));
    return { total: groups.length, groups: groups.slice(0, limit).map(groupSummary) };
  });

  typed.get('/groups/:id', {
    ...read,
    schema: {
      summary: 'One group: every figure with its source, low / best / high and the rule for best, notes and disagreements',
      tags: ['cross-check'],
      params: IdParams,
      response: { 200: GroupDetail, 404: ErrorResponse },
    },
  }, async (request) => {
    const group = (await deps.cache.groups()).find((g) => g.id === request.params.id);
    if (!group) throw new CrosscheckError('E_NOT_FOUND', `no group ${JSON.stringify(request.params.id)} (see GET /groups)`);
    return { ...groupJson(group), disagreements: group.disagreements.map(disagreementJson) };
  });

  typed.get('/conflicts', {
    ...read,
    schema: {
      summary: 'Where sources disagree: contradictions first, then gaps the notes may explain; biggest first',
      tags: ['cross-check'],
      querystring: ConflictsQuery,
      response: { 200: ConflictsResponse, 400: ErrorResponse },
    },
  }, async (request) => {
    const all = conflictsOf(await deps.cache.groups());
    return { total: all.length, conflicts: all.slice(0, request.query.limit).map(disagreementJson) };
  });
}
