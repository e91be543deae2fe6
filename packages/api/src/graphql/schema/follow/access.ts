import type { AggregateKind } from '@fahrplan/domain';
import { GraphQLError } from 'graphql';
import type { FollowTarget } from '../../../follows/index.js';
import type { FollowerKey } from '../../../follows/store.js';
import type { GraphQLContext } from '../../context.js';
import { badArgument } from '../../errors.js';

/** What may be followed: the kinds with news for people outside the team. */
const FOLLOWABLE: ReadonlySet<string> = new Set([
  'ActionField',
  'Meeting',
  'Suggestion',
  'Recommendation',
  'Guideline',
  'ProjectIdea',
  'Measure',
]);

/** The item or action field a global id names, if the caller may see it (else NOT_FOUND). */
export const followTargetOf = async (
  id: { typename: string; id: string },
  context: GraphQLContext,
): Promise<FollowTarget> => {
  if (!FOLLOWABLE.has(id.typename)) {
    throw badArgument(
      'id',
      `${id.typename} kann man nicht folgen.`,
      `${id.typename} cannot be followed.`,
      context.locale,
    );
  }
  const row = await context.items.load({
    kind: id.typename as AggregateKind,
    id: id.id,
    asOf: undefined,
  });
  if (!row) {
    throw new GraphQLError(
      context.locale === 'de' ? 'Diesen Eintrag gibt es nicht.' : 'There is no such item.',
      { extensions: { code: 'NOT_FOUND', field: 'id' } },
    );
  }
  return { kind: id.typename, id: id.id, title: row.title };
};

/** The signed-in member's user id, if the caller came with a session. */
export const memberOf = (context: GraphQLContext): string | undefined =>
  context.caller.session?.userId;

/**
 * Whose settings a request changes: the token's follower (from a mail), else the signed-in
 * member's; neither is a BAD_USER_INPUT on `token`.
 */
export const followerKeyOf = (
  token: string | null | undefined,
  context: GraphQLContext,
): FollowerKey => {
  if (token != null && token !== '') return { token };
  const userId = memberOf(context);
  if (userId) return { userId };
  throw badArgument(
    'token',
    'Bitte öffnen Sie den Link aus einer unserer E-Mails oder melden Sie sich an.',
    'Please open the link from one of our e-mails, or sign in.',
    context.locale,
  );
};
