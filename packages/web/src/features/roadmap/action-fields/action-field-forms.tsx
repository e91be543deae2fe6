import { useState } from 'react';
import { DecisionFields, decisionInput, useDecision } from '../../../commands/decision-fields.js';
import { useCommand } from '../../../commands/use-command.js';
import { useMessages } from '../../../i18n/i18n.js';
import { TextArea, TextField } from '../../../ui/fields.js';
import { CommandForm } from '../../measures/command-dialog.js';
import { DECISION_FIELDS, DecisionForm } from '../../measures/decision-form.js';
import { actionFieldMessages } from './messages.js';
import { type ActionFieldDetail, RetireActionField, ReviseActionField } from './queries.js';

export interface ActionFieldFormProps {
  readonly field: ActionFieldDetail;
  readonly reload: () => void;
  readonly close: () => void;
  readonly done: (message: string) => void;
}

/** Überarbeiten: title and description; only what changed is sent. */
export const ReviseActionFieldForm = ({ field, reload, close, done }: ActionFieldFormProps) => {
  const m = useMessages(actionFieldMessages);
  const [state, run] = useCommand(ReviseActionField, ['title', 'description', ...DECISION_FIELDS]);
  const [title, setTitle] = useState(field.title);
  const [description, setDescription] = useState(field.description);
  const [decision, setDecision] = useDecision();
  const submit = async () => {
    const result = await run({
      input: {
        id: field.id,
        expectedVersion: field.version,
        ...(title.trim() === field.title ? {} : { title: title.trim() }),
        ...(description.trim() === field.description ? {} : { description: description.trim() }),
        ...decisionInput(decision),
      },
    });
    if (result) {
      close();
      done(m.doneRevise);
    }
  };
  return (
    <CommandForm
      state={state}
      onReload={reload}
      onCancel={close}
      onSubmit={submit}
      submitLabel={m.revise}
    >
      <TextField
        label={m.titleLabel}
        required
        value={title}
        onChange={setTitle}
        error={state.errorFor('title')}
      />
      <TextArea
        label={m.descriptionLabel}
        required
        rows={6}
        value={description}
        onChange={setDescription}
        error={state.errorFor('description')}
      />
      <DecisionFields
        value={decision}
        onChange={setDecision}
        state={state}
        reasonRequired={false}
      />
    </CommandForm>
  );
};

/** Archivieren: ends the field for good, so the domain asks for a reason. */
export const RetireActionFieldForm = ({ field, reload, close, done }: ActionFieldFormProps) => {
  const m = useMessages(actionFieldMessages);
  const [state, run] = useCommand(RetireActionField, DECISION_FIELDS);
  return (
    <DecisionForm
      state={state}
      onReload={reload}
      onCancel={close}
      onDone={() => {
        close();
        done(m.doneRetire);
      }}
      confirm={(decision) =>
        run({ input: { id: field.id, expectedVersion: field.version, ...decision } })
      }
      submitLabel={m.retire}
      reasonRequired
      danger
      intro={m.retireText}
    />
  );
};
