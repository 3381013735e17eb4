// Each demo user logs in once, through the api; every browser context of that user starts with
// the token in its storage, and the same token serves the calls that set up a test's data.
const CONTEXT_OPTIONS = { viewport: { width: 1280, height: 900 }, locale: 'nb-NO' };
// Where the web app keeps its token (src/modules/auth/token-storage.ts).
const TOKEN_KEY = 'lokomotiv.token';
const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

export class Sessions {
  #tokens = new Map();

  constructor(browser, baseUrl, password) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.password = password;
  }

  /** A new browser context (its own storage and pages), logged in as `email`, or anonymous without one. */
  async newContext(email) {
    const origins = email
      ? [{ origin: this.baseUrl, localStorage: [{ name: TOKEN_KEY, value: await this.#tokenOf(email) }] }]
      : [];
    return this.browser.newContext({ ...CONTEXT_OPTIONS, storageState: { cookies: [], origins } });
  }

  /** Runs one GraphQL operation as `email` (to set up what a test needs); fails on any error. */
  async gql(email, query, variables = {}) {
    return this.#post(query, variables, await this.#tokenOf(email));
  }

  /** The bearer token `email` is logged in with (logging in the first time). */
  tokenOf(email) {
    return this.#tokenOf(email);
  }

  /** Drops the stored login of `email` (after a test logged it out): the next context logs in anew. */
  forget(email) {
    this.#tokens.delete(email);
  }

  #tokenOf(email) {
    if (!this.#tokens.has(email)) {
      const token = this.#post(LOGIN, { email, password: this.password }).then((data) => data.login.token);
      // A failed login is tried again by the next test instead of failing every later one.
      token.catch(() => this.#tokens.delete(email));
      this.#tokens.set(email, token);
    }
    return this.#tokens.get(email);
  }

  async #post(query, variables, token) {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const { data, errors } = await response.json();
    if (errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
    return data;
  }
}
