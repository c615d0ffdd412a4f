import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database on 127.0.0.1:3000', () => {
    const config = loadConfig({}, '/srv/samsyn');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '/srv/samsyn/.data',
      publicUrl: 'http://127.0.0.1:3000',
      trustProxy: false,
      oidc: undefined,
    });
  });

  it('derives the single sign-on callback from the public address', () => {
    const config = loadConfig({
      SAMSYN_PUBLIC_URL: 'https://samsyn.vgregion.se/',
      SAMSYN_OIDC_ISSUER: 'https://id.vgregion.se',
      SAMSYN_OIDC_CLIENT_ID: 'samsyn',
      SAMSYN_OIDC_CLIENT_SECRET: 's3cret',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://id.vgregion.se',
      clientId: 'samsyn',
      clientSecret: 's3cret',
      providerName: 'organisationens inloggning',
      redirectUri: 'https://samsyn.vgregion.se/auth/oidc/callback',
    });
  });

  it('limits survey submissions to 60 per address in ten minutes unless SAMSYN_SURVEY_RATE_LIMIT says otherwise', () => {
    expect(loadConfig({}).surveyRateLimit).toBe(60);
    expect(loadConfig({ SAMSYN_SURVEY_RATE_LIMIT: '1000000' }).surveyRateLimit).toBe(1_000_000);
    expect(() => loadConfig({ SAMSYN_SURVEY_RATE_LIMIT: '0' })).toThrow(/SAMSYN_SURVEY_RATE_LIMIT="0"/);
    expect(() => loadConfig({ SAMSYN_SURVEY_RATE_LIMIT: 'många' })).toThrow(/heltal/);
  });

  it('refuses half a single sign-on configuration', () => {
    expect(() => loadConfig({ SAMSYN_OIDC_ISSUER: 'https://id.vgregion.se' })).toThrow(
      /kräver SAMSYN_OIDC_ISSUER, SAMSYN_OIDC_CLIENT_ID och SAMSYN_OIDC_CLIENT_SECRET/,
    );
  });

  it('imports demo data on a first start with the embedded database only, unless SAMSYN_DEMO says otherwise', () => {
    expect(loadConfig({}).demo).toEqual({ onFirstStart: true, scale: 1 });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/samsyn' }).demo.onFirstStart).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/samsyn', SAMSYN_DEMO: '1' }).demo.onFirstStart).toBe(true);
    expect(loadConfig({ SAMSYN_DEMO: '0', SAMSYN_DEMO_SCALE: '0,1' }).demo).toEqual({ onFirstStart: false, scale: 0.1 });
    expect(() => loadConfig({ SAMSYN_DEMO: 'ja' })).toThrow('SAMSYN_DEMO="ja" ska vara 0 eller 1');
    expect(() => loadConfig({ SAMSYN_DEMO_SCALE: '100' })).toThrow('SAMSYN_DEMO_SCALE "100" ska vara ett tal 0,01–10');
  });
});
