import { DomainError } from '@fahrplan/domain';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { findActiveToken } from '../../../auth/tokens.js';
import { headPosition, type UrlProblem, urlProblemOf } from '../../../webhooks/index.js';
import type { GraphQLContext } from '../../context.js';
import type { WebhookManager } from './access.js';

const URL_MESSAGES: Record<UrlProblem, { de: string; en: string }> = {
  INVALID_URL: { de: 'Das ist keine gültige URL.', en: 'This is not a valid URL.' },
  UNSUPPORTED_SCHEME: {
    de: 'Nur http- und https-URLs sind möglich.',
    en: 'Only http and https URLs are possible.',
  },
  CREDENTIALS_IN_URL: {
    de: 'Zugangsdaten gehören nicht in die URL: die Zustellungen sind signiert.',
    en: 'Credentials do not belong in the URL: deliveries are signed.',
  },
  TOO_LONG: {
    de: 'Die URL ist zu lang (höchstens 2048 Zeichen).',
    en: 'The URL is too long (2048 characters at most).',
  },
  UNRESOLVABLE: {
    de: 'Der Rechnername der URL lässt sich nicht auflösen.',
    en: 'The URL’s host name cannot be resolved.',
  },
  PRIVATE_ADDRESS: {
    de: 'Die URL zeigt auf eine private, lokale oder reservierte Adresse: dorthin wird nicht zugestellt.',
    en: 'The URL points to a private, local or reserved address: nothing is delivered there.',
  },
};

/** The URL, checked: BAD_USER_INPUT on `url` with the problem as `details.reason`. */
export const checkedUrl = async (
  url: string,
  { webhooks }: Pick<GraphQLContext, 'webhooks'>,
): Promise<string> => {
  const problem = await urlProblemOf(url, webhooks.allowPrivateAddresses);
  if (problem === undefined) return url;
  throw new DomainError('BAD_USER_INPUT', URL_MESSAGES[problem], {
    field: 'url',
    details: { reason: problem },
  });
};

/** The action fields' own ids; each must be one the caller sees. */
export const checkedActionFields = async (
  ids: readonly string[],
  { items }: Pick<GraphQLContext, 'items'>,
): Promise<string[]> => {
  const own: string[] = [];
  for (const id of ids) {
    let decoded: { typename: string; id: string } | undefined;
    try {
      decoded = decodeGlobalID(id);
    } catch {
      decoded = undefined;
    }
    const found =
      decoded?.typename === 'ActionField' &&
      (await items.load({ kind: 'ActionField', id: decoded.id, asOf: undefined }));
    if (!decoded || !found) {
      throw new DomainError(
        'BAD_USER_INPUT',
        { de: `Das Handlungsfeld „${id}“ gibt es nicht.`, en: `There is no action field "${id}".` },
        { field: 'actionFields', details: { reason: 'UNKNOWN_ACTION_FIELD', id } },
      );
    }
    own.push(decoded.id);
  }
  return [...new Set(own)];
};

/** A feed position from which to deliver: 1 … the head + 1 (the next event). */
export const checkedFromPosition = async (
  raw: string,
  { database }: Pick<GraphQLContext, 'database'>,
): Promise<number> => {
  const head = await headPosition(database);
  const position = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isSafeInteger(position) && position >= 1 && position <= head + 1) return position;
  throw new DomainError(
    'BAD_USER_INPUT',
    {
      de: `Die Position muss zwischen 1 und ${head + 1} liegen.`,
      en: `The position must lie between 1 and ${head + 1}.`,
    },
    { field: 'fromPosition', details: { reason: 'POSITION_OUT_OF_RANGE', head: String(head) } },
  );
};

/** The partner token an endpoint is for: the caller's own, or (admins) an active partner token. */
export const ownerTokenOf = async (
  manager: WebhookManager,
  tokenId: string | null | undefined,
  { database }: Pick<GraphQLContext, 'database'>,
): Promise<string> => {
  if (manager.kind === 'partner') {
    if (tokenId != null && tokenId !== manager.tokenId) {
      throw new DomainError(
        'FORBIDDEN',
        {
          de: 'Ein Partner richtet Webhooks nur für sein eigenes Token ein.',
          en: 'A partner sets up webhooks for its own token only.',
        },
        { field: 'tokenId' },
      );
    }
    return manager.tokenId;
  }
  const token = tokenId == null ? undefined : await findActiveToken(database, tokenId);
  if (token?.role === 'partner') return token.id;
  throw new DomainError(
    'BAD_USER_INPUT',
    {
      de: 'Für wen? „tokenId“ muss ein aktives Partner-Token nennen.',
      en: 'For whom? "tokenId" must name an active partner token.',
    },
    { field: 'tokenId', details: { reason: 'NOT_A_PARTNER_TOKEN' } },
  );
};
