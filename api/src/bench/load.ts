import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

/**
 * Load over loopback for the HTTP benchmarks. Every response is checked, not only counted: a request counts as
 * answered only with status 2xx and exactly the body the same request gave before the run (an error, a GraphQL
 * error or any other body is counted as such), since a benchmark that measures errors measures nothing.
 */

export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The body every response must have. */
  expectedBody: string;
}

export interface LoadResult {
  /** Responses with status 2xx and the expected body, per second of the run. */
  requestsPerSecond: number;
  answered: number;
  seconds: number;
  /** Latency of the answered requests, in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  /** 2xx responses whose body holds GraphQL errors. */
  graphqlErrors: number;
  /** Any other body than the expected one. */
  wrongBodies: number;
  /** Connection errors and timeouts. */
  transportErrors: number;
}

/** Everything that was not a correct answer. */
export const failures = (r: LoadResult) => r.non2xx + r.graphqlErrors + r.wrongBodies + r.transportErrors;

class Tally {
  latencies: number[] = [];
  non2xx = 0;
  graphqlErrors = 0;
  wrongBodies = 0;
  transportErrors = 0;

  constructor(private readonly expectedBody: string) {}

  /** Whether the response was a correct answer; its latency counts only then. */
  record(status: number, body: string, milliseconds: number): void {
    if (status < 200 || status > 299) this.non2xx += 1;
    else if (body === this.expectedBody) this.latencies.push(milliseconds);
    else if (body.includes('"errors"')) this.graphqlErrors += 1;
    else this.wrongBodies += 1;
  }

  result(seconds: number): LoadResult {
    const sorted = Float64Array.from(this.latencies).sort();
    const at = (q: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
    return {
      requestsPerSecond: sorted.length / seconds,
      answered: sorted.length,
      seconds,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: at(1),
      non2xx: this.non2xx,
      graphqlErrors: this.graphqlErrors,
      wrongBodies: this.wrongBodies,
      transportErrors: this.transportErrors,
    };
  }
}

/**
 * As many requests as the server answers, on `connections` keep-alive connections each with one request in
 * flight (autocannon), for `seconds`.
 */
export async function maximumThroughput(target: LoadRequest, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const tally = new Tally(target.expectedBody);
  // autocannon hands a request's body to its onResponse and then, in the same turn, reports the response with its
  // latency: the body waits here for that report.
  let body = '';
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections: options.connections,
        duration: options.seconds,
        requests: [
          {
            method: target.method,
            headers: target.headers,
            body: target.body,
            onResponse: (_status, responseBody) => {
              body = responseBody;
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, status, _bytes, milliseconds) => {
      tally.record(status, body, milliseconds);
      body = '';
    });
    instance.on('reqError', () => (tally.transportErrors += 1));
  });
  return tally.result(result.duration);
}

/**
 * An open-loop load at a fixed rate: request i is sent at start + i / rate whatever became of the earlier ones,
 * and its latency is counted from that moment, so a slow response delays no later request and hides no queueing.
 * autocannon's own rate limit is not used for this: it lets each connection send its whole quota at the start of
 * every second, a burst rather than a rate, and corrects latencies for an expected interval of 1 ms.
 */
export async function fixedRate(target: LoadRequest, options: { rate: number; seconds: number }): Promise<LoadResult> {
  const tally = new Tally(target.expectedBody);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL(target.url);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const requestHeaders = { ...target.headers, ...(target.body ? { 'content-length': String(Buffer.byteLength(target.body)) } : {}) };
  let finished = 0;
  let done!: () => void;
  const allDone = new Promise<void>((resolve) => (done = resolve));
  const settle = () => {
    finished += 1;
    if (finished === total) done();
  };

  const send = (due: number) => {
    const req = request(url, { method: target.method, headers: requestHeaders, agent, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        tally.record(res.statusCode ?? 0, body, performance.now() - due);
        settle();
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => {
      tally.transportErrors += 1;
      settle();
    });
    req.end(target.body);
  };

  const start = performance.now();
  let sent = 0;
  const tick = () => {
    const now = performance.now();
    while (sent < total && start + sent * interval <= now) {
      send(start + sent * interval);
      sent += 1;
    }
    if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
  };
  tick();
  await allDone;
  agent.destroy();
  return tally.result((performance.now() - start) / 1000);
}
