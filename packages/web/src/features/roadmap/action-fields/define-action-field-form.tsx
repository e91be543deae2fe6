import { useState } from 'react';
import { useLocation } from 'wouter';
import { itemPath } from '../../../app/paths.js';
import { DecisionFields, decisionInput, useDecision } from '../../../commands/decision-fields.js';
import { useCommand } from '../../../commands/use-command.js';
import { useMessages } from '../../../i18n/i18n.js';
import { TextArea, TextField } from '../../../ui/fields.js';
import { CommandForm } from '../../measures/command-dialog.js';
import { DECISION_FIELDS } from '../../measures/decision-form.js';
import { actionFieldMessages } from './messages.js';
import { DefineActionField } from './queries.js';

/** Handlungsfeld anlegen: key, title and description; then on to the new field's page. */
export const DefineActionFieldForm = ({
  close,
  reload,
}: {
  readonly close: () => void;
  readonly reload: () => void;
}) => {
  const m = useMessages(actionFieldMessages);
  const [, navigate] = useLocation();
  const [state, run] = useCommand(DefineActionField, [
    'key',
    'title',
    'description',
    ...DECISION_FIELDS,
  ]);
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [decision, setDecision] = useDecision();
  const submit = async () => {
    const result = await run({
      input: {
        key: key.trim(),
        title: title.trim(),
        description: description.trim(),
        ...decisionInput(decision),
      },
    });
    if (result) navigate(itemPath('ActionField', result.defineActionField.actionField.id));
  };
  return (
    <CommandForm
      state={state}
      onReload={reload}
      onCancel={close}
      onSubmit={submit}
      submitLabel={m.define}
    >
      <TextField
        label={m.keyLabel}
        required
        value={key}
        onChange={setKey}
        hint={m.keyHint}
        error={state.errorFor('key')}
        autoFocus
      />
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
        rows={5}
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
