import * as client from 'openid-client';
import type { OidcSettings } from '../config.ts';
import type { Sql } from '../db/client.ts';
import { isLocalhost } from '../http/localhost.ts';
import { hashToken, newToken } from './tokens.ts';

/** A login must come back from the provider within ten minutes. */
const loginTtlMinutes = 10;

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

/**
 * The authorisation-code flow with PKCE, state and nonce (openid-client). The provider's metadata
 * is discovered on first use and cached, so Samsyn starts even while the provider is unreachable.
 */
export class OidcLogin {
  #configuration: Promise<client.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  #configure(): Promise<client.Configuration> {
    this.#configuration ??= client
      .discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine (development and tests).
        execute: isLocalhost(this.settings.issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.#configuration = undefined; // try again on the next login
        throw error;
      });
    return this.#configuration;
  }

  /** Stores the secrets of a new login and returns the browser's login id and where to send it. */
  async start(sql: Sql, redirectTo: string): Promise<{ loginId: string; authorizationUrl: URL }> {
    const configuration = await this.#configure();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const { token: loginId, hash } = newToken();
    await sql`delete from oidc_login where created_at < now() - make_interval(mins => ${loginTtlMinutes})`;
    await sql`
      insert into oidc_login (id_hash, state, nonce, code_verifier, redirect_to)
      values (${hash}, ${state}, ${nonce}, ${codeVerifier}, ${redirectTo})`;
    const authorizationUrl = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { loginId, authorizationUrl };
  }

  /**
   * Completes a login: the login row is consumed (single use), the code exchanged and the ID token
   * checked against state, nonce and PKCE. Returns the identity and where the user was going.
   */
  async finish(sql: Sql, loginId: string, callbackQuery: string): Promise<{ identity: OidcIdentity; redirectTo: string }> {
    const [login] = await sql<{ state: string; nonce: string; codeVerifier: string; redirectTo: string }[]>`
      delete from oidc_login
      where id_hash = ${hashToken(loginId)} and created_at > now() - make_interval(mins => ${loginTtlMinutes})
      returning state, nonce, code_verifier as "codeVerifier", redirect_to as "redirectTo"`;
    if (!login) throw new Error('unknown or expired login');
    const configuration = await this.#configure();
    const tokens = await client.authorizationCodeGrant(configuration, new URL(`${this.settings.redirectUri}${callbackQuery}`), {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    return {
      identity: {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : undefined,
        emailVerified: claims.email_verified === true,
        name: typeof claims.name === 'string' ? claims.name : undefined,
      },
      redirectTo: login.redirectTo,
    };
  }
}
