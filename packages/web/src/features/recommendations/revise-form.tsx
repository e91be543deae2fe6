import type { ActionFormProps } from '../../commands/item-action.js';
import { useMessages } from '../../i18n/i18n.js';
import { ContentReviseForm, type ContentTarget } from '../../shared/content/content-revise-form.js';
import { actionMessages } from './action-messages.js';
import { ReviseRecommendation } from './mutations.js';

export const ReviseForm = (props: ActionFormProps<ContentTarget>) => {
  const m = useMessages(actionMessages);
  return (
    <ContentReviseForm
      {...props}
      mutation={ReviseRecommendation}
      versionOf={(result) => result.reviseRecommendation.version}
      labels={{ title: m.title, body: m.body, actionFields: m.actionFields }}
    />
  );
};
