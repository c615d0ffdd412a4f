import type { ProofOfWorkOptions } from '../surveys/proof-of-work.ts';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import type { SqlPool } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { OidcLogin } from '../auth/oidc.ts';
import { clientAddress, isInProcessRequest } from './client-address.ts';
import { createGraphQLServer } from './graphql.ts';
import { healthCheck } from './health.ts';
import { importRoutes } from './import-routes.ts';
import { oidcLoginPath, oidcRoutes } from './oidc-routes.ts';
import { reportPdfHandler, reportPdfPath } from './report-pdf-route.ts';
import type { SharedChromium } from '../reports/chromium.ts';
import { createSurveyLimiters } from '../surveys/rate-limit.ts';
import { requestBody } from './request-body.ts';
import { requestLog } from './request-log.ts';
import { apiSecurityHeaders } from './security-headers.ts';
import { surveyBodyLimitBytes, surveyBodyTooLarge, surveySubmitHandler, surveySubmitPath } from './survey-route.ts';

/** GraphQL documents and variables are small; file uploads get their own routes and limits. */
export const graphqlBodyLimitBytes = 256 * 1024;

export interface AppOptions {
  sql: SqlPool;
  logger: Logger;
  debug?: boolean;
  /** Use X-Forwarded-For as the client address (only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  /** Single sign-on, when configured. */
  oidc?: OidcLogin;
  /** The database is the embedded PGlite (imports stage without COPY). */
  embedded?: boolean;
  /** Largest import upload in bytes. */
  importMaxBytes?: number;
  /** Survey submissions per client address in ten minutes (SAMSYN_SURVEY_RATE_LIMIT). */
  surveyRateLimit?: number;
  /** Reports as PDF: the shared Chromium and where it finds the web app's print pages. Without it, no PDF route. */
  reportPdf?: { chromium: SharedChromium; webBaseUrl: () => string | undefined };
  /** The proof of work of open links (SAMSYN_SURVEY_PROOF_OF_WORK, SAMSYN_SURVEY_POW_KEY). */
  surveyProofOfWork?: ProofOfWorkOptions;
}

/** 2 GB: a year of primary-care contacts for the whole county is a few hundred MB. */
export const defaultImportMaxBytes = 2 * 1024 ** 3;

/** The API: /graphql, /healthz and /api/…. The web app is mounted beside it by the server, not inside it. */
export function createApp(options: AppOptions): Hono {
  const { sql, logger, debug = false, trustProxy = false, oidc } = options;
  const singleSignOn = oidc
    ? { enabled: true, providerName: oidc.settings.providerName, loginPath: oidcLoginPath }
    : undefined;
  // Requests without a Node socket behind them come from SvelteKit's server-side rendering.
  const inProcess = new WeakSet<Request>();
  // One set for both doors a survey response can come through (GraphQL and POST /api/enkat/svar).
  const surveyLimiters = createSurveyLimiters(options.surveyRateLimit, options.surveyProofOfWork);
  const yoga = createGraphQLServer({
    sql,
    logger,
    debug,
    singleSignOn,
    isInProcess: (request) => inProcess.has(request),
    surveyLimiters,
  });
  const app = new Hono();

  app.use(requestId());
  app.use(requestLog({ logger }));
  app.use(...apiSecurityHeaders());
  app.get('/healthz', healthCheck({ sql }));
  // A cross-site form posting to the API is refused by its Origin; JSON requests need CORS preflight anyway.
  app.use('/graphql', csrf());
  app.use(
    '/graphql',
    requestBody({
      maxSize: graphqlBodyLimitBytes,
      onTooLarge: (c) =>
        c.json({ errors: [{ message: 'Förfrågan är för stor / request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }, 413),
    }),
  );
  app.on(['GET', 'POST'], '/graphql', async (c) => {
    const responseCookies: string[] = [];
    if (isInProcessRequest(c)) inProcess.add(c.req.raw);
    const body = c.get('requestBody');
    // A body read from the socket goes to Yoga in a Request of Yoga's own Fetch implementation, which keeps it as text.
    const request =
      body === undefined ? c.req.raw : new yoga.fetchAPI.Request(c.req.url, { method: c.req.method, headers: c.req.raw.headers, body });
    const response = await yoga.fetch(request, {
      requestId: c.get('requestId'),
      clientAddress: clientAddress(c, trustProxy),
      responseCookies,
    });
    for (const cookie of responseCookies) response.headers.append('set-cookie', cookie);
    return response;
  });

  if (oidc) app.route('/auth/oidc', oidcRoutes({ sql, logger, oidc }));
  app.use('/api/*', csrf());
  app.post(
    surveySubmitPath,
    requestBody({ maxSize: surveyBodyLimitBytes, onTooLarge: surveyBodyTooLarge }),
    surveySubmitHandler({ sql, limiters: surveyLimiters, trustProxy }),
  );
  app.route(
    '/api/import',
    importRoutes({ sql, logger, embedded: options.embedded ?? false, maxBytes: options.importMaxBytes ?? defaultImportMaxBytes }),
  );

  if (options.reportPdf) app.get('/rapporter/:id/rapport.pdf', reportPdfHandler({ sql, logger, ...options.reportPdf }));

  app.notFound((c) => c.json({ error: 'Hittades inte / not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
    return c.json({ error: 'Internt fel / internal error', requestId: c.get('requestId') }, 500);
  });
  return app;
}

/** Paths the API answers; everything else is the web app's. */
export const apiPaths = ['/graphql', '/healthz', '/auth', '/api'] as const;

/** Whether the API answers a path: the prefixes above, and a report's PDF beside the report's page. */
export function isApiPath(path: string): boolean {
  return apiPaths.some((p) => path === p || path.startsWith(`${p}/`)) || reportPdfPath.test(path);
}
