// An OpenID Connect provider configured like Digdir's Ansattporten, for tests and the demo: never production.
// Plain ESM because oidc-provider is ESM-only: the built api imports it in-process, tests run it as a child
// process (serve-test-provider.mjs). Like Ansattporten it requires PKCE and offers PAR, requires a rich
// authorization request naming the configured Altinn resource, and answers with the organisations the chosen
// test person may act for in the ID token's authorization_details[].reportees[].ID ("0192:<orgnr>").
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';

/** The demo's test people, mapped to demo municipalities (Bergen, Oslo) and to a company only. */
export const DEMO_PEOPLE = [
  {
    id: 'bergen',
    name: 'Kari Bergensen',
    label: 'Kari Bergensen – Bergen kommune',
    organizations: ['964338531'],
  },
  {
    id: 'bergen-oslo',
    name: 'Ola Tokommune',
    label: 'Ola Tokommune – Bergen kommune og Oslo kommune',
    organizations: ['964338531', '958935420'],
  },
  // No name: Ansattporten does not always give one. Equinor is a company, not a public body.
  { id: 'company', label: 'Per Uten Offentlig Virksomhet – bare et selskap', organizations: ['923609016'] },
];

const ACR_VALUES = ['idporten-loa-substantial', 'idporten-loa-high'];

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const page = (title, body) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
button{display:block;width:100%;margin:.5rem 0;padding:.75rem;font-size:1rem;text-align:left;cursor:pointer;
border:2px solid #1e2b3c;border-radius:4px;background:#fff;color:#1e2b3c}button:focus{outline:3px solid #1e5ea8}</style>
</head><body><main>${body}</main></body></html>`;

/**
 * The provider and a Node request handler for it (mount it at the issuer's path).
 * @param {{ issuer: string, clients: object[], altinnResource: string, authorizationDetailsType?: string,
 *   people?: { id: string, name?: string, label: string, organizations: string[] }[] }} options
 */
export function createTestProvider({
  issuer,
  clients,
  altinnResource,
  authorizationDetailsType = 'ansattporten:altinn:resource',
  people = DEMO_PEOPLE,
}) {
  const mountPath = new URL(issuer).pathname.replace(/\/+$/, '');
  const personById = new Map(people.map((person) => [person.id, person]));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const reporteesOf = (person) =>
    person.organizations.map((orgnr) => ({
      Authority: 'iso6523-actorid-upis',
      ID: `0192:${orgnr}`,
      Name: `Organisasjon ${orgnr}`,
      Rights: ['read'],
    }));

  const provider = new Provider(issuer, {
    clients,
    jwks: {
      keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-provider', use: 'sig', alg: 'RS256' }],
    },
    cookies: { keys: [randomUUID()] },
    acrValues: ACR_VALUES,
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub', 'pid', 'authorization_details'], profile: ['name'] },
    // Ansattporten puts its claims in the ID token itself.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      // Ansattporten's tokens are not for resource servers here; with indicators on, oidc-provider would want one.
      resourceIndicators: { enabled: false },
    },
    extraParams: {
      // Ansattporten's rich authorization request: without the client's Altinn resource there is no organisation.
      async authorization_details(_ctx, value) {
        let details;
        try {
          details = JSON.parse(value ?? '');
        } catch {
          throw new errors.InvalidRequest('authorization_details must be JSON');
        }
        const valid =
          Array.isArray(details) &&
          details.some((d) => d?.type === authorizationDetailsType && d?.resource === altinnResource);
        if (!valid)
          throw new errors.InvalidRequest(
            `authorization_details must name {"type":"${authorizationDetailsType}","resource":"${altinnResource}"}`,
          );
      },
    },
    async findAccount(_ctx, sub) {
      const person = personById.get(sub.replace(/^sub-/, ''));
      if (!person) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub,
            // The national identity number: Ansattporten sends it, Lokomotiv must never store it.
            pid: `0101199${String(people.indexOf(person)).padStart(4, '0')}`,
            ...(person.name ? { name: person.name } : {}),
            authorization_details: [
              { type: authorizationDetailsType, resource: altinnResource, reportees: reporteesOf(person) },
            ],
          };
        },
      };
    },
    interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    ttl: {
      Session: 3600,
      Interaction: 600,
      Grant: 3600,
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page(
        'Feil',
        `<h1>Innloggingen feilet</h1><p>${escapeHtml(out.error_description ?? out.error)}</p>`,
      );
    },
  });
  // Ansattporten always puts the session id in the ID token, for front-channel logout.
  provider.Client.prototype.includeSid = () => true;

  const interactionPage = (uid) =>
    page(
      'Ansattporten (test) – velg testperson',
      `<h1>Ansattporten (test)</h1>
<p>Dette er en testtjeneste for demo og tester. Velg hvem du vil logge inn som.</p>
<form method="post" action="${mountPath}/interaction/${escapeHtml(uid)}/login">
<fieldset><legend>Testperson</legend>
${people.map((p) => `<button type="submit" name="person" value="${escapeHtml(p.id)}">${escapeHtml(p.label)}</button>`).join('\n')}
</fieldset></form>
<form method="post" action="${mountPath}/interaction/${escapeHtml(uid)}/abort"><button type="submit">Avbryt</button></form>`,
    );

  async function finishLogin(req, res, personId) {
    const { params } = await provider.interactionDetails(req, res);
    if (!personById.has(personId)) throw new errors.InvalidRequest('unknown test person');
    const accountId = `sub-${personId}`;
    const grant = new provider.Grant({ accountId, clientId: params.client_id });
    grant.addOIDCScope('openid profile');
    grant.addOIDCClaims(['sid', 'pid', 'name', 'authorization_details']);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId, acr: ACR_VALUES[0], amr: ['TestID'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  const callback = provider.callback();
  /** Node request handler; `req.url` is relative to the mount path. */
  async function handler(req, res) {
    const match = /^\/interaction\/([\w-]+)(\/(login|abort))?$/.exec(new URL(req.url, 'http://x').pathname);
    if (!match) return callback(req, res);
    try {
      const [, uid, , action] = match;
      if (req.method === 'GET' && !action) {
        await provider.interactionDetails(req, res);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(interactionPage(uid));
      } else if (req.method === 'POST' && action === 'login') {
        await finishLogin(req, res, (await formOf(req)).get('person'));
      } else if (req.method === 'POST' && action === 'abort') {
        const result = { error: 'access_denied', error_description: 'Avbrutt av brukeren' };
        await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
      } else {
        res.writeHead(405).end();
      }
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Feil', `<h1>Innloggingen feilet</h1><p>${escapeHtml(error.message)}</p>`));
    }
  }
  return { provider, handler };
}

/** A urlencoded form body, also when a framework (Express) has parsed it already. */
async function formOf(req) {
  if (req.body && typeof req.body === 'object') return new URLSearchParams(req.body);
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
