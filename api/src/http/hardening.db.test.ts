import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp, postGraphQL } from '../testing/app.ts';
import type { TestDatabase } from '../testing/database.ts';
import { graphqlBodyLimitBytes } from './app.ts';
import { graphqlLimits } from './armor.ts';

let db: TestDatabase;
let app: Hono;
beforeAll(async () => {
  ({ db, app } = await createSeededTestApp());
});
afterAll(async () => {
  await db.drop();
});

const firstError = async (query: string) => (await postGraphQL(app, query)).body.errors?.[0]?.message;

describe('GraphQL limits', () => {
  it('refuses documents nested deeper than the limit', async () => {
    const nested = (depth: number) => `{ orgUnit(code: "1480") { ${'parent { '.repeat(depth)}code${' }'.repeat(depth)} } }`;
    expect((await postGraphQL(app, nested(graphqlLimits.maxDepth - 2))).body.errors).toBeUndefined();
    expect(await firstError(nested(graphqlLimits.maxDepth + 1))).toMatch(/Query depth limit of 10 exceeded/);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: graphqlLimits.maxAliases + 1 }, (_, i) => `a${i}: version`).join(' ');
    expect(await firstError(`{ ${aliases} }`)).toMatch(/Aliases limit of 15 exceeded/);
  });

  it('refuses documents with too many tokens', async () => {
    const fields = Array.from({ length: graphqlLimits.maxTokens }, () => 'version').join(' ');
    expect(await firstError(`{ ${fields} }`)).toMatch(/Token limit of 2000 exceeded/);
  });

  it('does not suggest field names to strangers', async () => {
    const message = await firstError('{ orgUnits { nam } }');
    expect(message).toMatch(/^Cannot query field "nam" on type "OrgUnit"\.?/);
    expect(message).not.toMatch(/Did you mean/);
  });
});

describe('HTTP protections', () => {
  it('refuses a body over the limit with 413', async () => {
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ version }`, variables: { padding: 'x'.repeat(graphqlBodyLimitBytes) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Förfrågan är för stor / request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses a cross-site form post and a GET without the CSRF header', async () => {
    const form = await app.request('http://127.0.0.1:3000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'query=mutation{logout}',
    });
    expect(form.status).toBe(403);
    const get = await app.request(`/graphql?query=${encodeURIComponent('{ version }')}`);
    expect(get.status).toBe(403);
  });

  it('sends security headers and no server banner', async () => {
    for (const path of ['/healthz', '/graphql?query=%7Bversion%7D']) {
      const response = await app.request(`http://127.0.0.1:3000${path}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('server')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
    const remote = await app.request('https://samsyn.vgregion.se/healthz');
    expect(remote.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
