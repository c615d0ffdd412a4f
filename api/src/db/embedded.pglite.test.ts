import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../errors.ts';
import { attachToRunningServer, openEmbeddedDatabase } from './embedded.ts';

const failOnLockLoss = (error: Error) => {
  throw error;
};

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'samsyn-embedded-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the embedded database', () => {
  it('locks its data folder against a second process and shares it through the socket', async () => {
    const owner = await openEmbeddedDatabase(dataDir, failOnLockLoss);
    try {
      await expect(openEmbeddedDatabase(dataDir, failOnLockLoss)).rejects.toThrow(
        new RegExp(`Datamappen ${dataDir} används redan av en annan Samsyn-process`),
      );
      await owner.sql`create table note (text text)`;
      await owner.sql`insert into note values ('skrivet av servern')`;

      const cli = await attachToRunningServer(dataDir);
      expect(cli).toBeDefined();
      expect(await cli!.sql`select text from note`).toEqual([{ text: 'skrivet av servern' }]);
      await cli!.sql`insert into note values ('skrivet av CLI')`;
      await cli!.close();
      expect((await owner.sql`select count(*)::int as n from note`)[0]?.n).toBe(2);
    } finally {
      await owner.close();
    }
    expect(await attachToRunningServer(dataDir)).toBeUndefined();
  });

  it('keeps the data after a clean close and opens again', async () => {
    const first = await openEmbeddedDatabase(dataDir, failOnLockLoss);
    await first.sql`create table kept (id int)`;
    await first.sql`insert into kept select generate_series(1, 1000)`;
    await first.close();

    const second = await openEmbeddedDatabase(dataDir, failOnLockLoss);
    try {
      expect(await second.sql`select count(*)::int as n, sum(id)::int as total from kept`).toEqual([{ n: 1000, total: 500500 }]);
    } finally {
      await second.close();
    }
  });

  it('explains a data folder path too long for a unix socket', async () => {
    const deep = join(dataDir, 'x'.repeat(120));
    const error = await openEmbeddedDatabase(deep, failOnLockLoss).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(/^Sökvägen till datamappen är för lång för en unix-socket/);
  });
});
