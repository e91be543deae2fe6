import { DestinationError, hostOf, resolveAllowed } from './address-guard.js';

/** Why an endpoint URL is refused at registration. */
export type UrlProblem =
  | 'INVALID_URL'
  | 'UNSUPPORTED_SCHEME'
  | 'CREDENTIALS_IN_URL'
  | 'TOO_LONG'
  | 'UNRESOLVABLE'
  | 'PRIVATE_ADDRESS';

const MAX_URL_LENGTH = 2048;

/**
 * Whether webhooks may go to this URL: http(s), no credentials in it, a host that resolves, and
 * only to public addresses (unless the installation allows private ones). Checked again at each
 * delivery, on the address actually connected to.
 */
export const urlProblemOf = async (
  raw: string,
  allowPrivate: boolean,
): Promise<UrlProblem | undefined> => {
  if (raw.length > MAX_URL_LENGTH) return 'TOO_LONG';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'INVALID_URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'UNSUPPORTED_SCHEME';
  if (url.username !== '' || url.password !== '') return 'CREDENTIALS_IN_URL';
  try {
    await resolveAllowed(hostOf(url), allowPrivate);
    return undefined;
  } catch (error) {
    if (error instanceof DestinationError) return error.problem;
    throw error;
  }
};
