import { DomainError } from '@fahrplan/domain';
import { tokenIdOfActor } from '../../../auth/authenticate.js';
import { findEndpoint, type WebhookEndpoint } from '../../../webhooks/index.js';
import type { GraphQLContext } from '../../context.js';

/** Who manages webhook endpoints: a partner with its token (its own), or an admin (anyone's). */
export type WebhookManager =
  | { readonly kind: 'partner'; readonly tokenId: string }
  | { readonly kind: 'admin' };

export const managerOf = ({ caller }: Pick<GraphQLContext, 'caller'>): WebhookManager => {
  if (caller.grants.some((grant) => grant.role === 'admin' && grant.processId === null)) {
    return { kind: 'admin' };
  }
  const tokenId = tokenIdOfActor(caller.actor);
  if (tokenId !== undefined && caller.role === 'partner') return { kind: 'partner', tokenId };
  throw new DomainError('FORBIDDEN', {
    de: 'Webhooks richtet ein Partner mit seinem Token ein, oder die Administration für ihn.',
    en: 'Webhooks are set up by a partner with its token, or by an admin on its behalf.',
  });
};

const notFound = (id: string) =>
  new DomainError(
    'NOT_FOUND',
    { de: `Einen Webhook „${id}“ gibt es nicht.`, en: `There is no webhook "${id}".` },
    { field: 'id' },
  );

/** The endpoint the manager may change: a partner's own only (others' do not exist for it). */
export const managedEndpoint = async (
  context: Pick<GraphQLContext, 'caller' | 'database'>,
  id: string,
): Promise<WebhookEndpoint> => {
  const manager = managerOf(context);
  const endpoint = await findEndpoint(context.database, id);
  if (!endpoint || (manager.kind === 'partner' && endpoint.tokenId !== manager.tokenId)) {
    throw notFound(id);
  }
  return endpoint;
};
