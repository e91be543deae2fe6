import type { TadaDocumentNode } from 'gql.tada';
import { decisionInput, useDecision } from '../../commands/decision-fields.js';
import { CommandForm } from './command-form.js';
import type { ActionFormProps, ItemCommandInput } from './form-types.js';
import { useItemCommand } from './use-item-command.js';

/** A status change that needs nothing but (perhaps) a reason and evidence. */
export const StatusChangeForm = <Result,>({
  document,
  versionOf,
  intro,
  submitLabel,
  reasonRequired,
  danger = false,
  target,
  onDone,
  onCancel,
}: ActionFormProps & {
  readonly document: TadaDocumentNode<Result, { input: ItemCommandInput }>;
  readonly versionOf: (result: Result) => number;
  readonly intro: string;
  readonly submitLabel: string;
  readonly reasonRequired: boolean;
  readonly danger?: boolean;
}) => {
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(document, ['reason'], target);
  const submit = async () => {
    const result = await run({
      input: { id: target.id, expectedVersion, ...decisionInput(decision) },
    });
    if (result) onDone(versionOf(result));
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={submitLabel}
      danger={danger}
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired={reasonRequired}
      intro={<p>{intro}</p>}
    />
  );
};
