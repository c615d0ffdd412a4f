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

  it('refuses half a single sign-on configuration', () => {
    expect(() => loadConfig({ SAMSYN_OIDC_ISSUER: 'https://id.vgregion.se' })).toThrow(
      /kräver SAMSYN_OIDC_ISSUER, SAMSYN_OIDC_CLIENT_ID och SAMSYN_OIDC_CLIENT_SECRET/,
    );
  });
});
