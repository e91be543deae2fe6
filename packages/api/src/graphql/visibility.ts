import { seesEverything } from '../visibility/rules.js';
import type { GraphQLContext } from './context.js';

/** Names and e-mail addresses of participants: for the team, the ministry and admins only. */
export const canSeePersonalData = ({ caller }: Pick<GraphQLContext, 'caller'>): boolean =>
  seesEverything(caller);
