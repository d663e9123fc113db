// The HTTP app, built from injected parts (store, pipeline, token, logger) and nothing global, so
// tests run it in process with inject() and `crosscheck serve` runs the very same app.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { ClaimStore } from '../store/claim-store.js';
import { registerBodyParsers } from './article-body.js';
import type { Pipeline, RouteDeps } from './deps.js';
import { handleError, handleNotFound } from './errors.js';
import { openApiRoute, registerOpenApi } from './openapi.js';
import { ReconcileCache } from './reconcile-cache.js';
import { RequestLog } from './request-log.js';
import { articleRoutes } from './routes/articles.js';
import { claimRoutes } from './routes/claims.js';
import { reconcileRoutes } from './routes/reconcile.js';
import { statusRoutes } from './routes/status.js';

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

export interface AppOptions {
  readonly store: ClaimStore;
  /** analyse() in production; tests may pass a stub or a failing one. */
  readonly pipeline: Pipeline;
  /** The bearer token writes need (CROSSCHECK_TOKEN); null refuses every write. */
  readonly token: string | null;
  /** Reads need the token too. */
  readonly private?: boolean;
  /** Largest request body in bytes (default 2 MB). */
  readonly bodyLimit?: number;
  /** A pino logger; false or absent: no logs (tests). */
  readonly logger?: FastifyBaseLogger | false;
  /** The built web page (dist/web); served at / when the folder exists. */
  readonly webRoot?: string | null;
}

/** Strict for the page (no inline or foreign scripts, no plugins, no framing); styles may be
 *  inline because charts set style attributes, and images may be data: URLs for the same reason. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    logController: new RequestLog(),
    // Our own ids, not a client's header: a log line can be trusted to name one request.
    genReqId: () => randomUUID(),
    // On close, idle keep-alive sockets go at once; requests in flight are still answered.
    forceCloseConnections: 'idle',
    // A request already on an open connection when close() begins (pipelined behind one in flight)
    // is answered as usual, with Connection: close (below), not with fastify's uncoded 503 body:
    // the store and the analysis threads stay up until every answer has gone.
    return503OnClosing: false,
    // Reject ambiguous JSON that could reach prototypes.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  }) as unknown as FastifyInstance;

  app.setValidatorCompiler(validatorCompiler);
  // Responses are plain JSON: the zod response schemas document them (and the tests check real
  // responses against them) without re-validating every claim of every page at run time.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(handleError);
  // A keep-alive connection whose request was in flight when close() began would stay open once
  // answered (only idle ones are closed, and only at that moment), holding shutdown up: the
  // answers given while closing end their connections.
  let closing = false;
  app.addHook('preClose', async () => { closing = true; });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Plain HTTP on loopback: HSTS belongs to the TLS proxy in front, if any.
    strictTransportSecurity: false,
    // The same as CSP's frame-ancestors 'none', for browsers that only read the older header.
    frameguard: { action: 'deny' },
  });
  await registerOpenApi(app);
  registerBodyParsers(app);

  const deps: RouteDeps = {
    store: options.store,
    pipeline: options.pipeline,
    cache: new ReconcileCache(options.store),
    auth: { token: options.token, private: options.private ?? false },
  };
  articleRoutes(app, deps);
  claimRoutes(app, deps);
  reconcileRoutes(app, deps);
  statusRoutes(app, deps);
  openApiRoute(app);

  const webRoot = options.webRoot ? resolve(options.webRoot) : null;
  const hasPage = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (hasPage) {
    // The page's files hold no data, so they are open even on a private server; the API behind them is not.
    await app.register(fastifyStatic, { root: webRoot, index: ['index.html'], wildcard: true });
  }
  app.setNotFoundHandler((request, reply) => {
    // Deep links into the page (a browser asking for HTML) get the page; anything else a coded 404.
    if (hasPage && request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    handleNotFound(request, reply);
    return reply;
  });
  return app;
}
