import type { TadaDocumentNode } from 'gql.tada';
import { CommandForm } from '../../commands/command-form.js';
import type { ActionFormProps, ActionTarget } from '../../commands/item-action.js';
import type { ItemCommandInput } from '../../commands/transition-form.js';
import { useItemCommand } from '../../commands/use-item-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { uiMessages } from '../../ui/messages.js';
import type { ActionFieldRef } from '../action-fields.js';
import { ContentFields } from './content-fields.js';
import { revisedFields } from './revised-fields.js';
import { useContentForm } from './use-content-form.js';

export interface ContentTarget extends ActionTarget {
  readonly body: string;
  readonly actionFields: readonly ActionFieldRef[];
}

/** Title, text and action fields of a recommendation or guideline; the history shows what changed. */
export const ContentReviseForm = <Result,>({
  target,
  onDone,
  onCancel,
  mutation,
  versionOf,
  labels,
  intro,
}: ActionFormProps<ContentTarget> & {
  readonly mutation: TadaDocumentNode<
    Result,
    { input: ItemCommandInput & ReturnType<typeof revisedFields> }
  >;
  readonly versionOf: (result: Result) => number;
  readonly labels: { readonly title: string; readonly body: string; readonly actionFields: string };
  readonly intro?: string;
}) => {
  const ui = useMessages(uiMessages);
  const [state, run, expectedVersion, reload] = useItemCommand(
    mutation,
    ['title', 'body', 'actionFieldIds', 'reason'],
    target,
  );
  // Only fields changed against what the form started from are sent.
  const { initial, content, setContent } = useContentForm(target, expectedVersion);
  return (
    <CommandForm
      state={state}
      onSubmit={async (decision) => {
        const result = await run({
          input: {
            id: target.id,
            expectedVersion,
            ...revisedFields(initial, content),
            ...decision,
          },
        });
        if (result) onDone(versionOf(result));
      }}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={ui.save}
      reason="optional"
    >
      {intro ? <p>{intro}</p> : null}
      <ContentFields
        labels={labels}
        value={content}
        onChange={setContent}
        state={state}
        current={target.actionFields}
      />
    </CommandForm>
  );
};
