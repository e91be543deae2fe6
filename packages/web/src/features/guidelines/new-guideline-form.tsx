import { useState } from 'react';
import { useLocation } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { decisionInput, useDecision } from '../../commands/decision-fields.js';
import { useCommand } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { CommandForm } from '../recommendations/command-form.js';
import { ContentFields } from '../recommendations/content-fields.js';
import type { Content } from '../recommendations/revised-fields.js';
import { guidelineMessages } from './messages.js';
import { DraftGuideline } from './mutations.js';

const EMPTY: Content = { title: '', body: '', actionFieldIds: [] };

/** A new guideline starts as a draft; its page opens once it is created. */
export const NewGuidelineForm = ({ onCancel }: { readonly onCancel: () => void }) => {
  const m = useMessages(guidelineMessages);
  const [, navigate] = useLocation();
  const [content, setContent] = useState(EMPTY);
  const [decision, setDecision] = useDecision();
  const [state, run] = useCommand(DraftGuideline, ['title', 'body', 'actionFieldIds', 'reason']);
  const submit = async () => {
    const result = await run({
      input: {
        title: content.title.trim(),
        body: content.body.trim(),
        actionFieldIds: [...content.actionFieldIds],
        ...decisionInput(decision),
      },
    });
    if (result) navigate(itemPath('Guideline', result.draftGuideline.guideline.id));
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      // A new item has no version to conflict with.
      onReload={() => undefined}
      submitLabel={m.create}
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired={false}
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
