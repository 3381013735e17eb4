import { OrganizationKind } from '../src/organizations/organization-kind';
import { eventually } from './support/search-helpers';
import { SmtpCapture } from './support/smtp-capture';
import { errorCode, errorField, errorReason, TestApp } from './support/test-app';
import { CookieBrowser, TestOidcProvider } from './support/test-oidc-provider';

const PUBLIC_URL = 'https://lokomotiv.example';
const CLIENT = {
  clientId: 'lokomotiv-test',
  clientSecret: 'a-client-secret-for-tests',
  altinnResource: 'lokomotiv-test',
};
const BERGEN = '964338531';
const OSLO = '958935420';
const COMPANY = '923609016';

const OPTIONS = '{ signInOptions { ansattporten ansattportenTest } }';
const REDEEM = `mutation ($code: String!) {
  redeemSignInCode(code: $code) {
    auth { token user { id role organization { id } } }
    pending { ticket name organizations { id name } }
  }
}`;
const COMPLETE = `mutation ($ticket: String!, $organizationId: ID!, $name: String!, $email: String!) {
  completeSignIn(ticket: $ticket, organizationId: $organizationId, name: $name, email: $email) {
    token user { id name email role emailConfirmed organization { id } }
  }
}`;
const CONFIRM = 'mutation ($token: String!) { confirmEmail(token: $token) }';
const ME = '{ me { id role emailConfirmed organization { id } } }';
const SESSION_VALID = '{ sessionValid }';

interface Redeemed {
  redeemSignInCode: {
    auth: { token: string; user: { id: string; role: string; organization: { id: string } } } | null;
    pending: { ticket: string; name: string | null; organizations: { id: string; name: string }[] } | null;
  };
}

describe('Ansattporten sign-in (OIDC code flow against the test provider)', () => {
  let provider: TestOidcProvider;
  let smtp: SmtpCapture;
  let api: TestApp;
  let apiBase: string;
  const organizations: Record<string, string> = {};
  const names: Record<string, string> = {};

  beforeAll(async () => {
    provider = await TestOidcProvider.start({ ...CLIENT, redirectUri: `${PUBLIC_URL}/auth/oidc/callback` });
    smtp = await SmtpCapture.start();
    api = await TestApp.start({
      PUBLIC_URL,
      SMTP_URL: smtp.url,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      OIDC_ALTINN_RESOURCE: CLIENT.altinnResource,
    });
    apiBase = api.url.replace(/\/graphql$/, '');
    for (const [orgnr, name, kind] of [
      [BERGEN, 'Bergen kommune', OrganizationKind.MUNICIPALITY],
      [OSLO, 'Oslo kommune', OrganizationKind.MUNICIPALITY],
      [COMPANY, 'Et selskap AS', OrganizationKind.COMPANY],
    ]) {
      // The reference data holds the municipalities already.
      const [row] = (await api.dataSource.query(
        `INSERT INTO organizations (name, kind, organization_number, verified) VALUES ($1, $2, $3, true)
         ON CONFLICT (organization_number) DO UPDATE SET verified = true RETURNING id, name`,
        [name, kind, orgnr],
      )) as { id: string; name: string }[];
      organizations[orgnr] = row.id;
      names[orgnr] = row.name;
    }
  });
  afterAll(async () => {
    await api?.stop();
    await smtp?.stop();
    await provider?.stop();
  });

  /** From our login button to the provider's redirect back, choosing the test person on its page. */
  async function throughProvider(person: string) {
    const browser = new CookieBrowser();
    const login = await browser.request(`${apiBase}/auth/oidc/login`);
    expect(login.status).toBe(303);
    const authorize = new URL(login.location ?? '');
    // PAR: the parameters went to the provider directly; the browser carries only a reference.
    expect([...authorize.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
    expect(authorize.searchParams.get('request_uri')).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    const toInteraction = await browser.request(authorize.href);
    const page = await browser.request(toInteraction.location ?? '');
    expect(page.body).toContain('Velg hvem du vil logge inn som');
    const action = /<form method="post" action="([^"]+\/login)"/.exec(page.body)?.[1] ?? '';
    const submitted = await browser.request(new URL(action, authorize).href, {
      method: 'POST',
      form: { person },
    });
    const back = await browser.request(submitted.location ?? '');
    const callback = new URL(back.location ?? '');
    expect(`${callback.origin}${callback.pathname}`).toBe(`${PUBLIC_URL}/auth/oidc/callback`);
    return { browser, callback };
  }

  /** The provider's redirect, delivered to this api (PUBLIC_URL is not where the test app listens). */
  async function deliver(browser: CookieBrowser, callback: URL) {
    const response = await browser.request(`${apiBase}${callback.pathname}${callback.search}`);
    expect(response.status).toBe(303);
    const target = new URL(response.location ?? '');
    expect(`${target.origin}${target.pathname}`).toBe(`${PUBLIC_URL}/logg-inn/ansattporten`);
    return target.searchParams;
  }

  async function signInCode(person: string): Promise<string> {
    const { browser, callback } = await throughProvider(person);
    const result = await deliver(browser, callback);
    expect(result.get('feil')).toBeNull();
    return result.get('kode') ?? '';
  }

  const redeem = (code: string) => api.gqlOk<Redeemed>(REDEEM, { code });

  it('tells the web app that Ansattporten is configured (the real one, not the test provider)', async () => {
    expect(await api.gqlOk(OPTIONS)).toEqual({
      signInOptions: { ansattporten: true, ansattportenTest: false },
    });
  });

  it('signs a new person in: PKCE and PAR, a one-time code, then organisation, name and e-mail; a MEMBER keyed by sub', async () => {
    const code = await signInCode('bergen');
    const { pending, auth } = (await redeem(code)).redeemSignInCode;
    expect(auth).toBeNull();
    expect(pending?.name).toBe('Kari Bergensen');
    expect(pending?.organizations.map((o) => o.id)).toEqual([organizations[BERGEN]]);

    const again = await api.gql(REDEEM, { code });
    expect(errorReason(again)).toBe('SIGN_IN_CODE_INVALID');
    expect(errorField(again)).toBe('code');

    const email = 'kari.bergensen@bergen.kommune.test';
    const done = await api.gqlOk<{
      completeSignIn: {
        token: string;
        user: { role: string; emailConfirmed: boolean; organization: { id: string } };
      };
    }>(COMPLETE, {
      ticket: pending?.ticket,
      organizationId: organizations[BERGEN],
      name: 'Kari Bergensen',
      email,
    });
    expect(done.completeSignIn.user).toMatchObject({
      role: 'MEMBER',
      emailConfirmed: false,
      organization: { id: organizations[BERGEN] },
    });
    expect(await api.gqlOk(SESSION_VALID, {}, done.completeSignIn.token)).toEqual({ sessionValid: true });

    const [user] = await api.dataSource.query(
      'SELECT oidc_issuer, oidc_subject, password_hash, row_to_json(users)::text AS everything FROM users WHERE lower(email) = $1',
      [email],
    );
    expect(user).toMatchObject({
      oidc_issuer: provider.issuer,
      oidc_subject: 'sub-bergen',
      password_hash: null,
    });
    // The national identity number the provider sent (01011990000) is stored nowhere.
    expect(user.everything).not.toContain('01011990000');
    expect(await api.count('oidc_sign_ins', "row_to_json(oidc_sign_ins)::text LIKE '%01011990000%'")).toBe(0);

    const ticketAgain = await api.gql(COMPLETE, {
      ticket: pending?.ticket,
      organizationId: organizations[BERGEN],
      name: 'Kari',
      email: 'other@bergen.kommune.test',
    });
    expect(errorReason(ticketAgain)).toBe('SIGN_IN_TICKET_INVALID');

    // The confirmation link arrives by real SMTP and works once.
    const mail = await eventually(async () => smtp.to(email)[0]);
    expect(mail.subject).toBe('Bekreft e-postadressen din i Lokomotiv');
    const token = new RegExp(`${PUBLIC_URL}/bekreft-epost\\?token=([A-Za-z0-9_-]+)`).exec(
      mail.text ?? '',
    )?.[1];
    expect(await api.gqlOk(CONFIRM, { token })).toEqual({ confirmEmail: true });
    expect(errorReason(await api.gql(CONFIRM, { token }))).toBe('CONFIRMATION_LINK_INVALID');
    expect(
      (await api.gqlOk<{ me: { emailConfirmed: boolean } }>(ME, {}, done.completeSignIn.token)).me
        .emailConfirmed,
    ).toBe(true);

    // The next sign-in of the same person goes straight in, as the same user.
    const next = (await redeem(await signInCode('bergen'))).redeemSignInCode;
    expect(next.pending).toBeNull();
    expect(next.auth?.user).toMatchObject({ role: 'MEMBER', organization: { id: organizations[BERGEN] } });
    expect(await api.count('users', 'oidc_subject = $1', ['sub-bergen'])).toBe(1);
  });

  it('lets a person who may act for two municipalities pick one, and only one of those', async () => {
    const { pending } = (await redeem(await signInCode('bergen-oslo'))).redeemSignInCode;
    expect(pending?.organizations.map((o) => o.name)).toEqual([names[BERGEN], names[OSLO]]);
    const input = { ticket: pending?.ticket, name: 'Ola Tokommune', email: 'ola@oslo.kommune.test' };

    const notOffered = await api.gql(COMPLETE, {
      ...input,
      organizationId: organizations[COMPANY],
      name: '',
    });
    expect(errorReason(notOffered)).toBe('ORGANIZATION_NOT_OFFERED');
    expect(notOffered.errors?.map((e) => e.extensions?.field).sort()).toEqual(['name', 'organizationId']);
    expect(await api.count('users', 'oidc_subject = $1', ['sub-bergen-oslo'])).toBe(0);

    const done = await api.gqlOk<{ completeSignIn: { user: { organization: { id: string } } } }>(COMPLETE, {
      ...input,
      organizationId: organizations[OSLO],
    });
    expect(done.completeSignIn.user.organization.id).toBe(organizations[OSLO]);
  });

  it('refuses a person with no public organisation, and signs nobody in', async () => {
    const { browser, callback } = await throughProvider('company');
    const result = await deliver(browser, callback);
    expect(result.get('feil')).toBe('NO_PUBLIC_ORGANIZATION');
    expect(result.get('kode')).toBeNull();
    expect(await api.count('oidc_sign_ins', 'subject = $1', ['sub-company'])).toBe(0);
  });

  it('refuses a callback whose state does not match, and one delivered twice', async () => {
    const { browser, callback } = await throughProvider('bergen');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'not-the-state-we-sent');
    expect((await deliver(browser, tampered)).get('feil')).toBe('LOGIN_FAILED');
    // The attempt is used up: not even the genuine answer works after that.
    expect((await deliver(browser, callback)).get('feil')).toBe('LOGIN_EXPIRED');
    expect((await deliver(new CookieBrowser(), callback)).get('feil')).toBe('LOGIN_EXPIRED');
  });

  it('checks the ID token nonce against the one it sent', async () => {
    const { browser, callback } = await throughProvider('bergen');
    await api.dataSource.query("UPDATE oidc_login_attempts SET nonce = 'another-nonce'");
    expect((await deliver(browser, callback)).get('feil')).toBe('LOGIN_FAILED');
  });

  it('ends the sessions of a provider session on front-channel logout; the old token is refused', async () => {
    const { auth } = (await redeem(await signInCode('bergen'))).redeemSignInCode;
    const token = auth?.token ?? '';
    const [{ oidc_sid: sid }] = await api.dataSource.query(
      'SELECT oidc_sid FROM sessions WHERE user_id = $1 AND oidc_sid IS NOT NULL ORDER BY created_at DESC LIMIT 1',
      [auth?.user.id],
    );
    expect(sid).toEqual(expect.any(String));
    const logout = (iss: string) =>
      fetch(`${apiBase}/auth/oidc/frontchannel-logout?${new URLSearchParams({ iss, sid })}`);

    expect((await logout('https://someone-else.example')).status).toBe(400);
    expect(await api.gqlOk(SESSION_VALID, {}, token)).toEqual({ sessionValid: true });

    expect((await logout(provider.issuer)).status).toBe(200);
    expect(errorCode(await api.gql(SESSION_VALID, {}, token))).toBe('UNAUTHENTICATED');
  });
});
