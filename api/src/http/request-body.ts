import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { incomingOf } from './client-address.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The request's body as read from the socket (requestBody); unset for in-process requests and GET. */
    requestBody: string;
  }
}

type Read = { body: string } | { tooLarge: true } | { aborted: true };

/** The whole body, or as soon as it passes maxSize bytes (whatever Content-Length said) that it is too large. */
function readBody(incoming: IncomingMessage, maxSize: number): Promise<Read> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: Read | Error) => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxSize) {
        chunks.push(chunk);
        return;
      }
      // The rest is left unread; @hono/node-server drains it, within limits of its own, once the answer is sent.
      incoming.pause();
      settle({ tooLarge: true });
    };
    const onEnd = () => settle({ body: Buffer.concat(chunks, size).toString('utf8') });
    const onError = (error: Error) => settle(error);
    const onClose = () => settle({ aborted: true });
    incoming.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/**
 * A small request body (GraphQL, a survey response), refused with `onTooLarge` past `maxSize` bytes. A request from a
 * socket is read straight from Node's stream into a string for the handler (the `requestBody` variable): the Fetch
 * Request that @hono/node-server would otherwise build around the stream, with a web ReadableStream and an
 * AbortSignal, costs more than the rest of a small query. Requests made in process (the web's server-side rendering,
 * tests) are Fetch Requests already, and get Hono's bodyLimit with the same answer.
 */
export function requestBody(options: { maxSize: number; onTooLarge: (c: Context) => Response }): MiddlewareHandler {
  const inProcessLimit = bodyLimit({ maxSize: options.maxSize, onError: options.onTooLarge });
  return async function requestBody(c, next) {
    const incoming = incomingOf(c);
    if (!incoming) return inProcessLimit(c, next);
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = incoming.headers['content-length'];
    if (declared !== undefined && Number(declared) > options.maxSize) return options.onTooLarge(c);
    const read = await readBody(incoming, options.maxSize);
    if ('tooLarge' in read) return options.onTooLarge(c);
    // The client has gone; nobody reads the answer.
    if ('aborted' in read) return c.body(null, 400);
    c.set('requestBody', read.body);
    return next();
  };
}
