import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type JWK } from 'oidc-provider';

/** A person with an account at the test's identity provider; `groups` may change between runs. */
export interface ProviderPerson {
  readonly login: string;
  readonly password: string;
  readonly subject: string;
  readonly email: string;
  readonly name: string;
  groups: string[];
}

export const TEST_CLIENT = { id: 'fahrplan', secret: 'test-client-secret-0f3c9a7e' };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const page = (title: string, body: string) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

const loginForm = (uid: string, error?: string) =>
  page(
    'Anmeldung beim Identitätsanbieter',
    `${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
  <label>Benutzername <input name="login" autocomplete="username"></label>
  <label>Kennwort <input name="password" type="password" autocomplete="current-password"></label>
  <button type="submit">Weiter</button>
</form>`,
  );

const consentForm = (uid: string, client: string) =>
  page(
    'Zugriff erlauben',
    `<p>${escapeHtml(client)} möchte Ihren Namen, Ihre E-Mail-Adresse und Ihre Gruppen erfahren.</p>
<form method="post" action="/interaction/${uid}/confirm"><button type="submit">Erlauben</button></form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Ablehnen</button></form>`,
  );

const formOf = async (req: IncomingMessage): Promise<URLSearchParams> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString());
};

/**
 * A real OpenID provider (`oidc-provider`) on a port of this machine, for the tests: one
 * confidential client (Fahrplan) that must use PKCE, people with a `groups` claim, and the
 * small login and consent pages its interaction API asks the host to provide.
 */
export const startOidcProvider = async (options: {
  readonly redirectUri: string;
  readonly people: readonly ProviderPerson[];
}) => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const bySubject = (subject: string) => options.people.find((p) => p.subject === subject);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...(privateKey.export({ format: 'jwk' }) as JWK), use: 'sig' }] },
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: { email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    cookies: { keys: ['fahrplan-test-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, subject) => {
      const person = bySubject(subject);
      return person
        ? {
            accountId: subject,
            claims: () => ({
              sub: subject,
              email: person.email,
              email_verified: true,
              name: person.name,
              groups: [...person.groups],
            }),
          }
        : undefined;
    },
  });

  const interaction = async (req: IncomingMessage, res: ServerResponse, path: string[]) => {
    const details = await provider.interactionDetails(req, res);
    const [, uid, action] = path;
    const html = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    };
    if (req.method === 'GET') {
      return details.prompt.name === 'login'
        ? html(200, loginForm(details.uid))
        : html(200, consentForm(details.uid, String(details.params.client_id)));
    }
    if (uid !== details.uid) return html(400, page('Falsche Anfrage', ''));
    if (action === 'login') {
      const form = await formOf(req);
      const person = options.people.find((p) => p.login === form.get('login'));
      if (!person || person.password !== form.get('password')) {
        return html(200, loginForm(details.uid, 'Benutzername oder Kennwort falsch.'));
      }
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: person.subject } },
        { mergeWithLastSubmission: false },
      );
    }
    if (action === 'confirm') {
      const accountId = details.session?.accountId ?? '';
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      if (!grant) return html(400, page('Falsche Anfrage', ''));
      const missing = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
      };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant.save();
      return provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    }
    return provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Der Zugriff wurde nicht erlaubt.' },
      { mergeWithLastSubmission: false },
    );
  };

  const handle = provider.callback();
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname.split('/').filter(Boolean);
    if (path[0] !== 'interaction') return void handle(req, res);
    interaction(req, res, path).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
