import { describe, expect, it } from 'vitest';
import { UploadProgressBoard } from './upload-progress.ts';

describe('the board of running uploads', () => {
  it('follows an upload for its own session only, and forgets it ten minutes after it is done', () => {
    let now = 0;
    const board = new UploadProgressBoard(() => now);
    const onProgress = board.track('token-0000000000000001', 'session-a', 'befolkning')!;
    onProgress({ phase: 'validating', batchId: '7', bytesRead: 2048, rowsRead: 40 });
    expect(board.read('token-0000000000000001', 'session-a')).toEqual({
      dataset: 'befolkning', phase: 'validating', batchId: '7', bytesRead: 2048, rowsRead: 40, status: null,
    });
    expect(board.read('token-0000000000000001', 'session-b')).toBeUndefined();
    expect(board.track('token-0000000000000001', 'session-b', 'befolkning')).toBeUndefined(); // taken

    board.finish('token-0000000000000001', undefined);
    expect(board.read('token-0000000000000001', 'session-a')).toMatchObject({ phase: 'done', status: 'failed', batchId: '7' });
    now += 10 * 60_000;
    board.track('token-0000000000000002', 'session-a', 'befolkning'); // a new upload sweeps the old
    expect(board.read('token-0000000000000001', 'session-a')).toBeUndefined();
  });

  it('tracks at most a thousand uploads at once', () => {
    const board = new UploadProgressBoard();
    for (let i = 0; i < 1_000; i++) expect(board.track(`token-${String(i).padStart(16, '0')}`, 's', 'befolkning')).toBeDefined();
    expect(board.track('token-one-too-many-0000', 's', 'befolkning')).toBeUndefined();
  });
});
