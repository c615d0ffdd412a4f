import { createHash } from 'node:crypto';
import type { ImportProgress, ImportResult, ImportStatus } from './run-import.ts';

/**
 * How far each upload through the web has come, so the page that sent it can show reading,
 * checking and publishing as they happen. The browser names its upload with a random token and
 * asks for it while the upload runs; only the session that started it may see it. Kept in memory,
 * and read without the database: the embedded database has one connection, which the import holds
 * until it is done. An import started from the CLI in another process shows in the batch list.
 */
export interface UploadProgress {
  dataset: string;
  phase: ImportProgress['phase'] | 'done';
  batchId: string | null;
  bytesRead: number;
  rowsRead: number;
  /** Once done; 'failed' when the import stopped on an error. */
  status: ImportStatus | 'failed' | null;
}

interface Entry {
  /** SHA-256 of the uploader's session token. */
  session: string;
  progress: UploadProgress;
  /** When a finished entry may be forgotten (ms since the epoch). */
  forgetAt: number;
}

/** A token the browser makes up: crypto.randomUUID() or anything as unguessable. */
export const uploadTokenPattern = /^[A-Za-z0-9-]{16,64}$/;
/** How long a finished upload's outcome stays readable. */
const keepFinishedMs = 10 * 60_000;
/** Uploads tracked at once; a runaway client cannot grow the map without bound. */
const maxEntries = 1_000;

export class UploadProgressBoard {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts tracking an upload; returns the import's onProgress, or nothing if the token is taken. */
  track(token: string, sessionToken: string, dataset: string): ((progress: ImportProgress) => void) | undefined {
    this.forgetFinished();
    if (this.entries.has(token) || this.entries.size >= maxEntries) return undefined;
    const entry: Entry = {
      session: digest(sessionToken),
      progress: { dataset, phase: 'waiting', batchId: null, bytesRead: 0, rowsRead: 0, status: null },
      forgetAt: Infinity,
    };
    this.entries.set(token, entry);
    return ({ phase, batchId, bytesRead, rowsRead }) => {
      entry.progress = { ...entry.progress, phase, batchId, bytesRead, rowsRead };
    };
  }

  finish(token: string, result: ImportResult | undefined): void {
    const entry = this.entries.get(token);
    if (!entry) return;
    entry.progress = {
      ...entry.progress,
      phase: 'done',
      batchId: result?.batchId ?? entry.progress.batchId,
      rowsRead: result?.rowsTotal ?? entry.progress.rowsRead,
      status: result?.status ?? 'failed',
    };
    entry.forgetAt = this.now() + keepFinishedMs;
  }

  read(token: string, sessionToken: string): UploadProgress | undefined {
    const entry = this.entries.get(token);
    return entry && entry.session === digest(sessionToken) ? entry.progress : undefined;
  }

  private forgetFinished(): void {
    const now = this.now();
    for (const [token, entry] of this.entries) if (entry.forgetAt <= now) this.entries.delete(token);
  }
}

function digest(sessionToken: string): string {
  return createHash('sha256').update(sessionToken).digest('hex');
}
