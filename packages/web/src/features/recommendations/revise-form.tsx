import { decisionInput, useDecision } from '../../commands/decision-fields.js';
import { useMessages } from '../../i18n/i18n.js';
import { uiMessages } from '../../ui/messages.js';
import type { ActionFieldRef } from './action-fields.js';
import { actionMessages } from './action-messages.js';
import { CommandForm } from './command-form.js';
import { ContentFields } from './content-fields.js';
import type { ActionFormProps, ActionTarget } from './form-types.js';
import { ReviseRecommendation } from './mutations.js';
import { revisedFields } from './revised-fields.js';
import { useContentForm } from './use-content-form.js';
import { useItemCommand } from './use-item-command.js';

export interface ContentTarget extends ActionTarget {
  readonly body: string;
  readonly actionFields: readonly ActionFieldRef[];
}

export const ReviseForm = ({ target, onDone, onCancel }: ActionFormProps<ContentTarget>) => {
  const m = useMessages(actionMessages);
  const ui = useMessages(uiMessages);
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(
    ReviseRecommendation,
    ['title', 'body', 'actionFieldIds', 'reason'],
    target,
  );
  // Only fields changed against what the form started from are sent.
  const { initial, content, setContent } = useContentForm(target, expectedVersion);
  const submit = async () => {
    const result = await run({
      input: {
        id: target.id,
        expectedVersion,
        ...revisedFields(initial, content),
        ...decisionInput(decision),
      },
    });
    if (result) onDone(result.reviseRecommendation.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={ui.save}
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired={false}
    >
      <ContentFields
        labels={{ title: m.title, body: m.body, actionFields: m.actionFields }}
        value={content}
        onChange={setContent}
        state={state}
        current={target.actionFields}
      />
    </CommandForm>
  );
};
