import { parseArgs } from 'node:util';
import { type ProviderPerson, startOidcProvider } from './oidc-provider.js';

/**
 * The test OpenID provider as a process of its own, for the browser tests (packages/web/e2e):
 * `node --import tsx src/testing/oidc-provider-main.ts --redirect-uri … --people '[…]'` prints
 * `issuer=<url>` once it listens, and stops on SIGTERM.
 */
const { values } = parseArgs({
  options: { 'redirect-uri': { type: 'string' }, people: { type: 'string' } },
});
const provider = await startOidcProvider({
  redirectUri: values['redirect-uri'] ?? '',
  people: JSON.parse(values.people ?? '[]') as ProviderPerson[],
});
console.log(`issuer=${provider.issuer}`);
process.once('SIGTERM', () => {
  void provider.close().then(() => process.exit(0));
});
