import type { TadaDocumentNode } from 'gql.tada';
import { type ReactNode, useState } from 'react';
import { CommandDialog } from '../commands/command-dialog.js';
import { CommandForm } from '../commands/command-form.js';
import type { DecisionInput } from '../commands/decision-fields.js';
import { type DraftField, type DraftFieldsProps, draftFields } from '../commands/draft-fields.js';
import { useCommand } from '../commands/use-command.js';

/** What a create form's fields get: the draft, how to change it, its state, and `field` to bind one. */
export type CreateFieldsProps<Draft> = DraftFieldsProps<Draft> & {
  readonly field: DraftField<Draft>;
};

export interface CreateFormProps<Result, Input, Draft> {
  readonly mutation: TadaDocumentNode<Result, { input: Input }>;
  /** The inputs whose errors the form shows beside their field (see `useCommand`). */
  readonly formFields: readonly string[];
  /** What the form starts with. */
  readonly empty: Draft;
  /** The command's input, read from the draft (and the decision, where one is asked) on submitting. */
  readonly input: (draft: Draft, decision: DecisionInput) => NoInfer<Input>;
  /** Called with the result once the item exists (to open its page, or to say so). */
  readonly onCreated: (result: Result) => void;
  readonly onCancel: () => void;
  /** See `CommandForm` (a clash with another item the list shows, such as a taken key). */
  readonly onReload?: () => void;
  /** What the new item means, above the fields. */
  readonly intro?: string;
  readonly submitLabel: string;
  /** Asks why and on what evidence (see `CommandForm`); omitted: not asked. */
  readonly reason?: 'optional';
  /** See `useCommand`: people's mutations take no idempotency key. */
  readonly idempotent?: boolean;
  readonly children: (fields: CreateFieldsProps<Draft>) => ReactNode;
}

/**
 * The one recipe for creating an item ("X anlegen"), as `TransitionForm` is for changing one:
 * the draft's fields as children, where asked the decision, then create and cancel. It stands
 * inline or, with `CreateDialog`, in a dialog behind its button.
 */
export const CreateForm = <Result, Input, Draft>({
  mutation,
  formFields,
  empty,
  input,
  onCreated,
  onCancel,
  onReload,
  intro,
  submitLabel,
  reason,
  idempotent = true,
  children,
}: CreateFormProps<Result, Input, Draft>) => {
  const [state, run] = useCommand(mutation, formFields, { idempotent });
  const [draft, setDraft] = useState(empty);
  const fields = { value: draft, onChange: setDraft, state };
  const submit = async (decision: DecisionInput) => {
    const result = await run({ input: input(draft, decision) });
    if (result) onCreated(result);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={submit}
      onCancel={onCancel}
      onReload={onReload}
      submitLabel={submitLabel}
      reason={reason}
    >
      {intro ? <p>{intro}</p> : null}
      {children({ ...fields, field: draftFields(fields) })}
    </CommandForm>
  );
};

/**
 * A primary button that opens a `CreateForm` in a dialog; the form confirms with `submitLabel`
 * and the dialog closes before `onCreated` follows.
 */
export const CreateDialog = <Result, Input, Draft>({
  label,
  title,
  onCreated,
  ...props
}: Omit<CreateFormProps<Result, Input, Draft>, 'onCancel'> & {
  readonly label: string;
  /** The dialog's heading, if it should say more than the button. */
  readonly title?: string;
}) => (
  <CommandDialog label={label} title={title} variant="primary">
    {(close) => (
      <CreateForm
        {...props}
        onCancel={close}
        onCreated={(result) => {
          close();
          onCreated(result);
        }}
      />
    )}
  </CommandDialog>
);
