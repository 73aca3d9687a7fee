import * as oidc from 'openid-client';
import { isLoopbackUrl, type StaffSignInSettings } from '../../intake/staff-settings.ts';

/*
 * OpenID Connect for staff, through openid-client: the authorization code flow with PKCE (S256), state
 * and nonce, the client authenticated with its secret. The provider's metadata is discovered on the
 * first sign-in and kept; a failed discovery is tried again on the next one.
 */

/** Asked of the provider: a subject, and a name or email to show and to record on changes. */
const SCOPE = 'openid profile email';
/** Seconds to wait for the provider (discovery and the token exchange). */
const PROVIDER_TIMEOUT_S = 10;

export type StartedLogin = { url: URL; verifier: string; state: string; nonce: string };
export type SignedIn = { sub: string; name: string };

export class StaffSignIn {
  readonly #settings: StaffSignInSettings;
  readonly #redirectUri: string;
  #config: Promise<oidc.Configuration> | undefined;

  constructor(settings: StaffSignInSettings, publicBaseUrl: string) {
    this.#settings = settings;
    this.#redirectUri = new URL('/staff/callback', publicBaseUrl).href;
  }

  async start(): Promise<StartedLogin> {
    const config = await this.#discover();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.#redirectUri,
      scope: SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, verifier, state, nonce };
  }

  /** Exchanges the provider's answer for the ID token's claims; throws on any mismatch. */
  async finish(
    callbackUrl: URL,
    pending: { verifier: string; state: string; nonce: string },
  ): Promise<SignedIn> {
    const config = await this.#discover();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider sent no ID token');
    const name = [claims.name, claims.email, claims.preferred_username].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    return { sub: claims.sub, name: name ?? claims.sub };
  }

  #discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.#settings;
    this.#config ??= oidc
      .discovery(new URL(issuer), clientId, undefined, oidc.ClientSecretPost(clientSecret), {
        timeout: PROVIDER_TIMEOUT_S,
        // Plain http is allowed for a provider on this machine only (configuration refuses it elsewhere).
        ...(isLoopbackUrl(issuer) ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        this.#config = undefined;
        throw error;
      });
    return this.#config;
  }
}
