import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';

export class UploadTooLargeError extends Error {
  constructor() {
    super('upload too large');
    this.name = 'UploadTooLargeError';
  }
}

export interface Upload {
  file: Readable;
  fileName: string | undefined;
  /** Form fields; a field sent after the file is known only once the file has been read. */
  field(name: string): string | undefined;
}

/**
 * The uploaded file of a request, streamed: the raw body, or the `file` part of a
 * multipart/form-data body (an HTML form). Beyond `maxBytes` the stream fails with
 * UploadTooLargeError. Resolves to undefined when a form carries no file.
 */
export function readUpload(body: ReadableStream<Uint8Array>, contentType: string, maxBytes: number): Promise<Upload | undefined> {
  const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    return Promise.resolve({ file: limit(source, maxBytes), fileName: undefined, field: () => undefined });
  }
  const fields = new Map<string, string>();
  return new Promise((resolve, reject) => {
    // File names in UTF-8 (Vårdcentral.csv), not busboy's default Latin-1.
    const parser = busboy({
      headers: { 'content-type': contentType },
      limits: { files: 1, fields: 10, fileSize: maxBytes },
      defParamCharset: 'utf8',
    });
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, file, info) => {
      // A form submitted without choosing a file still sends an empty part with no file name.
      if (name !== 'file' || !info.filename) {
        file.resume();
        return;
      }
      // busboy truncates at fileSize and says so; the import must fail rather than publish half a file.
      file.once('limit', () => file.destroy(new UploadTooLargeError()));
      resolve({ file, fileName: info.filename || undefined, field: (key) => fields.get(key) });
    });
    parser.once('close', () => resolve(undefined));
    parser.once('error', reject);
    source.pipe(parser);
  });
}

function limit(stream: Readable, maxBytes: number): Readable {
  let received = 0;
  return stream.map((chunk: Uint8Array) => {
    received += chunk.byteLength;
    if (received > maxBytes) throw new UploadTooLargeError();
    return chunk;
  });
}
