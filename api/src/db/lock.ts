import lockfile from 'proper-lockfile';
import { UserFacingError } from '../errors.ts';

/**
 * PGlite does not lock its data folder, and two processes writing the same files would corrupt it.
 * proper-lockfile takes an atomic mkdir lock and refreshes it; a lock left by a crashed process goes
 * stale after `staleMs` and can then be taken over.
 */
const staleMs = 10_000;

const lockOptions = (dataDir: string) => ({ lockfilePath: `${dataDir}/samsyn.lock`, stale: staleMs, realpath: false });

export type ReleaseLock = () => Promise<void>;

export async function lockDataDir(dataDir: string, onCompromised: (error: Error) => void): Promise<ReleaseLock> {
  try {
    return await lockfile.lock(dataDir, { ...lockOptions(dataDir), update: staleMs / 2, onCompromised });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw dataDirInUse(dataDir);
    throw error;
  }
}

/** True while another live Samsyn process holds the data folder. */
export function isDataDirLocked(dataDir: string): Promise<boolean> {
  return lockfile.check(dataDir, lockOptions(dataDir));
}

export function dataDirInUse(dataDir: string): UserFacingError {
  return new UserFacingError(
    `Datamappen ${dataDir} används redan av en annan Samsyn-process: stoppa den eller ange en annan SAMSYN_DATA_DIR ` +
      `(efter en krasch släpps låset inom ${staleMs / 1000} s) / ` +
      `the data folder is in use by another Samsyn process: stop it or set another SAMSYN_DATA_DIR`,
  );
}
