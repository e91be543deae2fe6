import { useState } from 'react';
import { useLocation } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { CommandForm } from '../../commands/command-form.js';
import type { DecisionInput } from '../../commands/decision-fields.js';
import { useCommand } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { ContentFields } from '../../shared/content/content-fields.js';
import type { Content } from '../../shared/content/revised-fields.js';
import { guidelineMessages } from './messages.js';
import { DraftGuideline } from './mutations.js';

const EMPTY: Content = { title: '', body: '', actionFieldIds: [] };

/** A new guideline starts as a draft; its page opens once it is created. */
export const NewGuidelineForm = ({ onCancel }: { readonly onCancel: () => void }) => {
  const m = useMessages(guidelineMessages);
  const [, navigate] = useLocation();
  const [content, setContent] = useState(EMPTY);
  const [state, run] = useCommand(DraftGuideline, ['title', 'body', 'actionFieldIds', 'reason']);
  const submit = async (decision: DecisionInput) => {
    const result = await run({
      input: {
        title: content.title.trim(),
        body: content.body.trim(),
        actionFieldIds: [...content.actionFieldIds],
        ...decision,
      },
    });
    if (result) navigate(itemPath('Guideline', result.draftGuideline.guideline.id));
  };
  return (
    <CommandForm
      state={state}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={m.create}
      reason="optional"
    >
      <ContentFields
        labels={{ title: m.title, body: m.body, actionFields: m.actionFields }}
        value={content}
        onChange={setContent}
        state={state}
        current={[]}
      />
    </CommandForm>
  );
};
