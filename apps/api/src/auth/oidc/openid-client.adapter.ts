import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig, OidcConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../core.module';
import { organizationNumbersIn } from './reportees';

/**
 * openid-client 6 is ESM-only and the api is CommonJS: this is the one place that loads it, with import()
 * (kept as a real import() by tsc for node16; under Jest, swc compiles the package, see jest.config.js).
 */
const loadOpenIdClient = () => import('openid-client');
type OpenIdClient = Awaited<ReturnType<typeof loadOpenIdClient>>;
type Configuration = InstanceType<OpenIdClient['Configuration']>;

/** What the browser must bring back to the callback: kept server-side, never sent to the provider as is. */
export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The signed-in person as the provider vouched for them in the ID token; the national identity number is left out. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  sessionId: string | null;
  name: string | null;
  organizationNumbers: string[];
}

export const CALLBACK_PATH = '/auth/oidc/callback';
const SCOPE = 'openid profile';

/** The authorization code flow against the configured provider (Ansattporten), through openid-client. */
@Injectable()
export class OpenIdClientAdapter {
  private connection?: Promise<{ lib: OpenIdClient; configuration: Configuration }>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.oidc !== undefined;
  }

  /** A fresh PKCE (S256) verifier, state and nonce, and the provider's address to send the browser to; PAR when offered. */
  async authorizationRequest(): Promise<AuthorizationRequest> {
    const { lib, configuration } = await this.connect();
    const oidc = this.oidc();
    const codeVerifier = lib.randomPKCECodeVerifier();
    const state = lib.randomState();
    const nonce = lib.randomNonce();
    const parameters = {
      redirect_uri: this.redirectUri(),
      scope: SCOPE,
      response_type: 'code',
      code_challenge: await lib.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      acr_values: oidc.acrValues,
      authorization_details: JSON.stringify([
        { type: oidc.authorizationDetailsType, resource: oidc.altinnResource },
      ]),
    };
    const url = configuration.serverMetadata().pushed_authorization_request_endpoint
      ? await lib.buildAuthorizationUrlWithPAR(configuration, parameters)
      : lib.buildAuthorizationUrl(configuration, parameters);
    return { url: url.href, state, nonce, codeVerifier };
  }

  /**
   * Redeems the callback's code (with the PKCE verifier) and checks state, issuer, nonce, signature and
   * audience of the ID token; throws on any mismatch.
   */
  async identityFrom(callbackUrl: URL, expected: Omit<AuthorizationRequest, 'url'>): Promise<OidcIdentity> {
    const { lib, configuration } = await this.connect();
    const oidc = this.oidc();
    const tokens = await lib.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The provider sent no ID token');
    if (!this.acceptedAcr().includes(String(claims.acr)))
      throw new Error(`The sign-in's level (acr ${String(claims.acr)}) is below ${oidc.acrValues}`);
    const details = claims.authorization_details ?? tokens.authorization_details;
    return {
      issuer: claims.iss,
      subject: claims.sub,
      sessionId: typeof claims.sid === 'string' ? claims.sid : null,
      name: typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : null,
      organizationNumbers: organizationNumbersIn(details, oidc.authorizationDetailsType, oidc.altinnResource),
    };
  }

  /** The provider's issuer identifier, as its metadata names it. */
  async issuer(): Promise<string> {
    return (await this.connect()).configuration.serverMetadata().issuer;
  }

  /** Discovery once, on first use (the in-process test provider listens only once the app does); retried after a failure. */
  private connect(): Promise<{ lib: OpenIdClient; configuration: Configuration }> {
    this.connection ??= this.discover().catch((error) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }

  private async discover() {
    const lib = await loadOpenIdClient();
    const oidc = this.oidc();
    const server = new URL(oidc.issuerUrl);
    // Plain http only outside production, for the test provider; the configuration refuses it in production.
    const options = server.protocol === 'http:' ? { execute: [lib.allowInsecureRequests] } : undefined;
    const configuration = await lib.discovery(
      server,
      oidc.clientId,
      undefined,
      lib.ClientSecretBasic(oidc.clientSecret),
      options,
    );
    return { lib, configuration };
  }

  private acceptedAcr(): string[] {
    const requested = this.oidc().acrValues.split(' ');
    return requested.includes('idporten-loa-substantial') ? [...requested, 'idporten-loa-high'] : requested;
  }

  redirectUri(): string {
    return `${this.config.publicUrl}${CALLBACK_PATH}`;
  }

  private oidc(): OidcConfig {
    if (!this.config.oidc) throw new Error('Ansattporten is not configured (OIDC_* variables)');
    return this.config.oidc;
  }
}
