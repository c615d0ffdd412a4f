import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger } from 'pino';

/** Structured JSON logs on stdout, one object per line, for whatever collects them in production. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'samsyn' }, timestamp: pino.stdTimeFunctions.isoTime });
}
