import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import type { Config } from './config.ts';
import type { SqlPool } from './db/client.ts';
import { OidcLogin } from './auth/oidc.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { importDemoOnFirstStart } from './demo/first-start.ts';
import { describeValuesUpdate, updatePendingValues } from './engine/after-import.ts';
import { UserFacingError } from './errors.ts';
import { createApp, isApiPath } from './http/app.ts';
import { SharedChromium } from './reports/chromium.ts';
import { createLogger, type Logger } from './logger.ts';
import { failAbandonedImports } from './imports/run-import.ts';
import { seedReferenceData } from './seed/index.ts';
import { skippedVersionsWarning } from './seed/indicators.ts';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const webHandlerFile = fileURLToPath(new URL('../../web/build/handler.js', import.meta.url));

/**
 * SvelteKit's hooks.server.ts looks the API up here to call GraphQL in-process during server-side
 * rendering: the same GraphQL request and response, without a loopback socket per page.
 */
const inProcessApiKey = Symbol.for('samsyn.apiFetch');

export interface RunningSamsyn {
  url: string;
  logger: Logger;
  /** The server's own connection pool (for tests and in-process tools). */
  sql: SqlPool;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Serve the built web app beside the API (default). Off for `pnpm dev`, where Vite serves the web. */
  web?: boolean;
  /**
   * Lines for the person at the terminal (the CLI's stdout), such as the demo's progress and its
   * accounts' passwords, which must not go to the log. Without it they go to the log at info
   * level, except the passwords.
   */
  say?: (line: string) => void;
}

/**
 * Starts Samsyn in one process on one port: migrations, reference data, demo data on a first start
 * (config.demo), then a Node HTTP server that
 * sends /graphql and /healthz to the Hono API and every other path to the SvelteKit build. Routing at
 * the Node level keeps each framework on its native request type (Fetch for Hono, Node streams for
 * adapter-node) with no adapter layer between them.
 */
export async function startSamsyn(config: Config, options: StartOptions = {}): Promise<RunningSamsyn> {
  const logger = createLogger(config.logLevel);
  const webHandler = options.web === false ? undefined : await loadWebHandler(config.trustProxy);
  const db = await openDatabase(config, {
    onLockCompromised: (error) => logger.fatal({ err: error }, 'data folder lock lost; stop this process'),
  });
  let server: Server | undefined;
  try {
    const applied = await migrate(db.sql);
    const seeded = await seedReferenceData(db.sql);
    const abandonedImports = await failAbandonedImports(db.sql);
    logger.info({ database: db.kind, migrationsApplied: applied, abandonedImports, ...seeded }, 'database ready');
    if (seeded.indicatorsSkipped.length > 0) logger.warn(skippedVersionsWarning(seeded.indicatorsSkipped));
    if (config.demo.onFirstStart) {
      await importDemoOnFirstStart({
        sql: db.sql,
        embedded: db.kind === 'embedded',
        dataDir: config.dataDir,
        scale: config.demo.scale,
        logger,
        say: options.say,
      });
    }
    // Imports published but not yet reflected in the indicator values: a first start's demo, or an import stopped
    // between publishing and computing. Later starts cost one query.
    const valuesLine = describeValuesUpdate(await updatePendingValues(db.sql));
    if (valuesLine) (options.say ?? ((line: string) => logger.info(line)))(valuesLine);

    // Started on the first PDF, closed with the server. The print pages are this process's own when it serves the
    // web app (on loopback, whatever address the public uses); without it (`pnpm dev`), SAMSYN_WEB_URL's.
    const chromium = new SharedChromium();
    let webBaseUrl: string | undefined = webHandler ? undefined : config.webUrl;
    const app = createApp({
      sql: db.sql,
      logger,
      debug: config.debug,
      trustProxy: config.trustProxy,
      oidc: config.oidc ? new OidcLogin(config.oidc) : undefined,
      embedded: db.kind === 'embedded',
      importMaxBytes: config.importMaxBytes,
      surveyRateLimit: config.surveyRateLimit,
      reportPdf: { chromium, webBaseUrl: () => webBaseUrl },
      surveyProofOfWork: config.surveyProofOfWork,
    });
    (globalThis as Record<symbol, unknown>)[inProcessApiKey] = (request: Request) => app.fetch(request);
    const api = getRequestListener(app.fetch, { overrideGlobalObjects: false });
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (!webHandler || isApiPath(path ?? '/')) {
        void api(req, res);
      } else {
        describeProtocolToWeb(req, config.trustProxy);
        webHandler(req, res, () => {
          res.statusCode = 404;
          res.end('Hittades inte / not found');
        });
      }
    });
    const port = await listen(server, config.port, config.host);
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    if (webHandler) webBaseUrl = `http://${loopbackHost(config.host)}:${port}`;
    logger.info({ url, database: db.kind }, 'listening');
    const openServer = server;
    return {
      url,
      logger,
      sql: db.sql,
      async close() {
        await new Promise<void>((resolve) => {
          openServer.close(() => resolve());
          openServer.closeAllConnections();
        });
        delete (globalThis as Record<symbol, unknown>)[inProcessApiKey];
        await chromium.close();
        await db.close();
      },
    };
  } catch (error) {
    server?.close();
    await db.close();
    throw error;
  }
}

/** This machine's own address for a listening host: a wildcard address is reached on loopback. */
function loopbackHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * adapter-node learns the page's protocol from PROTOCOL_HEADER (read when the handler is imported)
 * and assumes HTTPS without it. This server speaks plain HTTP, so it states that in
 * X-Forwarded-Proto on every request, unless a trusted reverse proxy in front of it sets the header.
 * SvelteKit's origin check against cross-site form posts then compares with the right origin.
 */
function describeProtocolToWeb(req: IncomingMessage, trustProxy: boolean): void {
  if (!trustProxy || !req.headers['x-forwarded-proto']) req.headers['x-forwarded-proto'] = 'http';
}

async function loadWebHandler(trustProxy: boolean): Promise<NodeHandler> {
  process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
  if (trustProxy) process.env.ADDRESS_HEADER = 'x-forwarded-for';
  if (!existsSync(webHandlerFile)) {
    throw new UserFacingError(
      'Webbappen är inte byggd: kör "pnpm build" (eller "pnpm start", som bygger först) / the web app is not built: run "pnpm build"',
    );
  }
  const module = (await import(pathToFileURL(webHandlerFile).href)) as { handler: NodeHandler };
  return module.handler;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const messages: Record<string, string> = {
        EADDRINUSE: `Port ${port} på ${host} används redan: stoppa det andra programmet eller välj en annan port med PORT=… / port already in use: set PORT`,
        EACCES: `Samsyn får inte lyssna på port ${port}: välj en port över 1024 med PORT=… / no permission for that port: set PORT above 1024`,
        EADDRNOTAVAIL: `Adressen HOST=${host} finns inte på den här datorn: använd t.ex. 127.0.0.1 / that HOST address is not on this machine`,
      };
      const message = error.code ? messages[error.code] : undefined;
      reject(message ? new UserFacingError(message, { cause: error }) : error);
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
