import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig, TEST_PROVIDER } from '../../../config/app-config';
import { CALLBACK_PATH } from '../openid-client.adapter';

interface TestProviderModule {
  createTestProvider(options: {
    issuer: string;
    clients: object[];
    altinnResource: string;
    authorizationDetailsType: string;
  }): { handler: (req: IncomingMessage, res: ServerResponse) => void };
}

/**
 * Demo mode: serves the test provider (oidc-provider, ESM-only, so loaded with import() from the built
 * code) at /test-idp in this process, with this app as its one client. Never in production: the
 * configuration refuses OIDC_TEST_PROVIDER there.
 */
export async function mountTestProvider(app: NestExpressApplication, config: AppConfig): Promise<void> {
  const oidc = config.oidc;
  if (!oidc?.testProvider || config.nodeEnv === 'production') return;
  // A path, not a file: URL: run from source (pnpm dev, swc) this import() becomes require(), which
  // loads ES modules by path (Node >= 20.19) but takes no URLs.
  const { createTestProvider } = (await import(join(__dirname, 'test-provider.mjs'))) as TestProviderModule;
  const { handler } = createTestProvider({
    issuer: oidc.issuerUrl,
    altinnResource: oidc.altinnResource,
    authorizationDetailsType: oidc.authorizationDetailsType,
    clients: [
      {
        client_id: oidc.clientId,
        client_secret: oidc.clientSecret,
        redirect_uris: [`${config.publicUrl}${CALLBACK_PATH}`],
        post_logout_redirect_uris: [`${config.publicUrl}/`],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
  });
  app.use(TEST_PROVIDER.path, handler);
}
