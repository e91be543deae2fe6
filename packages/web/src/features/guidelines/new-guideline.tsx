import { useLocation } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useMessages } from '../../i18n/i18n.js';
import { ContentFields } from '../../shared/content/content-fields.js';
import type { Content } from '../../shared/content/revised-fields.js';
import { CreateDialog } from '../../shared/create-form.js';
import { guidelineMessages } from './messages.js';
import { DraftGuideline } from './mutations.js';

const EMPTY: Content = { title: '', body: '', actionFieldIds: [] };

/** A new guideline starts as a draft; its page opens once it is created. */
export const NewGuidelineButton = () => {
  const m = useMessages(guidelineMessages);
  const [, navigate] = useLocation();
  return (
    <CreateDialog
      label={m.newGuideline}
      title={m.newTitle}
      submitLabel={m.create}
      reason="optional"
      mutation={DraftGuideline}
      formFields={['title', 'body', 'actionFieldIds', 'reason']}
      empty={EMPTY}
      input={(content, decision) => ({
        title: content.title.trim(),
        body: content.body.trim(),
        actionFieldIds: [...content.actionFieldIds],
        ...decision,
      })}
      onCreated={(result) => navigate(itemPath('Guideline', result.draftGuideline.guideline.id))}
    >
      {(fields) => (
        <ContentFields
          {...fields}
          labels={{ title: m.title, body: m.body, actionFields: m.actionFields }}
          current={[]}
        />
      )}
    </CreateDialog>
  );
};
