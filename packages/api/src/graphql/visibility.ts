import type { GraphQLContext } from './context.js';

/**
 * Names and e-mail addresses of an item's participants: for those who read everything of it (the
 * team of its process, the ministry, admins).
 */
export const canSeePersonalData = async (
  { scope, redactor }: Pick<GraphQLContext, 'scope' | 'redactor'>,
  itemId: string,
): Promise<boolean> => scope === 'all' || redactor.seesAllOf(itemId);
