/**
 * Reads `source` into memory while `busy` is pending (at most `limit` bytes), then hands back
 * what it read followed by the rest of `source`. The import uses it to read and check the file on
 * while the database deletes the rows the file replaces, without holding more than that in memory
 * afterwards: once `busy` has settled, the COPY's own back-pressure paces the reading again.
 * Rejects as `busy` does, or as reading does if that fails first.
 */
export async function readAheadWhile(source: AsyncIterator<Buffer>, busy: Promise<unknown>, limit: number): Promise<AsyncIterable<Buffer>> {
  let settled = false;
  let failure: { error: unknown } | undefined;
  // Handled at once: a failure while a piece is being read must not count as unhandled.
  const watched = busy.then(
    () => void (settled = true),
    (error: unknown) => void ((settled = true), (failure = { error })),
  );
  const held: Buffer[] = [];
  let bytes = 0;
  let ended = false;
  while (!settled && bytes < limit) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    held.push(next.value);
    bytes += next.value.length;
  }
  await watched;
  if (failure) throw failure.error;
  return {
    async *[Symbol.asyncIterator]() {
      // Shifted out one by one, so each piece can be freed as soon as it has been sent.
      for (let piece = held.shift(); piece; piece = held.shift()) yield piece;
      if (ended) return;
      for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
    },
  };
}
