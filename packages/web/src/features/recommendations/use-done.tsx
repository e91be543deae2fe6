import { useDoneNotice } from '../../commands/done-notice.js';
import { useMessages } from '../../i18n/i18n.js';
import { actionMessages } from './action-messages.js';
import type { RecommendationAction } from './actions.js';

/** `useDoneNotice` for the actions on a recommendation. */
export const useDone = () => {
  const m = useMessages(actionMessages);
  return useDoneNotice<RecommendationAction>((action) => m.done[action]);
};
