import { resolve } from 'node:path';
import { defaultDemoSettings, parseDemoSetting } from './demo/settings.ts';
import { UserFacingError } from './errors.ts';
import { defaultSurveyRateLimit } from './surveys/rate-limit.ts';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; unset means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database, its lock and its socket. Absolute. */
  dataDir: string;
  logLevel: LogLevel;
  /** Show stack traces and unmasked GraphQL errors. */
  debug: boolean;
  /** The address people use to reach Samsyn, for links the CLI prints. No trailing slash. */
  publicUrl: string;
  /**
   * Where the web app answers when this process does not serve it (`pnpm dev`: Vite), for the print pages the PDF
   * is drawn from. Unset otherwise: the server prints from itself.
   */
  webUrl: string | undefined;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** Single sign-on through the organisation's OpenID Connect provider; undefined when not configured. */
  oidc: OidcSettings | undefined;
  /** Largest import upload accepted over HTTP, in bytes. */
  importMaxBytes: number;
  /** Survey submissions accepted per client address in ten minutes (kept in memory only). */
  surveyRateLimit: number;
  /** Proof of work on every open link (SAMSYN_SURVEY_PROOF_OF_WORK=1), and its HMAC key (SAMSYN_SURVEY_POW_KEY). */
  surveyProofOfWork: { allOpenLinks: boolean; hmacKey: string | undefined };
  demo: DemoConfig;
}

export interface DemoConfig {
  /**
   * Fill a database that has never imported anything with demo data and demo accounts at start.
   * On by default for the embedded database (trying Samsyn), off for a PostgreSQL server
   * (production), where demo accounts with printed passwords do not belong.
   */
  onFirstStart: boolean;
  /** Volume of that demo (1 ≈ 200 000 primary-care contacts); tests start with a small one. */
  scale: number;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the login button calls the provider, e.g. "VGR-ID". */
  providerName: string;
  /** Registered at the provider: publicUrl + /auth/oidc/callback. */
  redirectUri: string;
}

const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the configuration from the environment; every mistake is reported with how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const port = parsePort(env.PORT);
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!logLevels.includes(logLevel as LogLevel)) {
    throw new UserFacingError(
      `LOG_LEVEL="${env.LOG_LEVEL}" är okänd; använd ${logLevels.join(', ')} / unknown LOG_LEVEL, use one of those`,
    );
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UserFacingError(
      'DATABASE_URL måste börja med postgres:// eller postgresql:// / DATABASE_URL must start with postgres:// or postgresql://',
    );
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  const publicUrl = (env.SAMSYN_PUBLIC_URL?.trim() || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new UserFacingError(
      `SAMSYN_PUBLIC_URL="${env.SAMSYN_PUBLIC_URL}" ska vara en adress som https://samsyn.example.se / must be an http(s) URL`,
    );
  }
  return {
    port,
    host,
    databaseUrl,
    dataDir: resolve(cwd, env.SAMSYN_DATA_DIR?.trim() || '.data'),
    logLevel: logLevel as LogLevel,
    debug: Boolean(env.DEBUG),
    publicUrl,
    webUrl: env.SAMSYN_WEB_URL?.trim().replace(/\/+$/, '') || undefined,
    trustProxy: ['1', 'true', 'yes'].includes((env.SAMSYN_TRUST_PROXY ?? '').toLowerCase()),
    oidc: parseOidc(env, publicUrl),
    importMaxBytes: parseMegabytes(env.SAMSYN_IMPORT_MAX_MB, 2048) * 1024 * 1024,
    surveyRateLimit: parseSurveyRateLimit(env.SAMSYN_SURVEY_RATE_LIMIT),
    surveyProofOfWork: {
      allOpenLinks: ['1', 'true', 'yes'].includes((env.SAMSYN_SURVEY_PROOF_OF_WORK ?? '').toLowerCase()),
      hmacKey: env.SAMSYN_SURVEY_POW_KEY?.trim() || undefined,
    },
    demo: parseDemo(env, databaseUrl),
  };
}

function parseDemo(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): DemoConfig {
  const value = env.SAMSYN_DEMO?.trim() ?? '';
  if (!['', '0', '1'].includes(value)) {
    throw new UserFacingError(`SAMSYN_DEMO="${env.SAMSYN_DEMO}" ska vara 0 eller 1 / SAMSYN_DEMO must be 0 or 1`);
  }
  const scale = env.SAMSYN_DEMO_SCALE?.trim();
  return {
    onFirstStart: value === '' ? !databaseUrl : value === '1',
    scale: scale ? parseDemoSetting('scale', scale, 'SAMSYN_DEMO_SCALE') : defaultDemoSettings.scale,
  };
}

function parseOidc(env: NodeJS.ProcessEnv, publicUrl: string): OidcSettings | undefined {
  const issuer = env.SAMSYN_OIDC_ISSUER?.trim();
  const clientId = env.SAMSYN_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.SAMSYN_OIDC_CLIENT_SECRET?.trim();
  if (!issuer && !clientId && !clientSecret) return undefined;
  if (!issuer || !clientId || !clientSecret) {
    throw new UserFacingError(
      'Inloggning via OpenID Connect kräver SAMSYN_OIDC_ISSUER, SAMSYN_OIDC_CLIENT_ID och SAMSYN_OIDC_CLIENT_SECRET / ' +
        'single sign-on needs all three variables',
    );
  }
  if (!/^https?:\/\//.test(issuer)) {
    throw new UserFacingError(`SAMSYN_OIDC_ISSUER="${issuer}" ska vara en https-adress / must be an https URL`);
  }
  return {
    issuer,
    clientId,
    clientSecret,
    providerName: env.SAMSYN_OIDC_NAME?.trim() || 'organisationens inloggning',
    redirectUri: `${publicUrl}/auth/oidc/callback`,
  };
}

function parseMegabytes(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const megabytes = Number(value);
  if (!Number.isInteger(megabytes) || megabytes < 1) {
    throw new UserFacingError(`SAMSYN_IMPORT_MAX_MB="${value}" ska vara ett heltal megabyte / must be a whole number of MB`);
  }
  return megabytes;
}

function parseSurveyRateLimit(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return defaultSurveyRateLimit;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new UserFacingError(
      `SAMSYN_SURVEY_RATE_LIMIT="${value}" ska vara ett heltal svar per adress och tio minuter, minst 1 / must be a whole number ≥ 1`,
    );
  }
  return limit;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserFacingError(
      `PORT="${value}" är inget portnummer; ange 1–65535 (0 = valfri ledig port) / PORT must be a number from 0 to 65535`,
    );
  }
  return port;
}
