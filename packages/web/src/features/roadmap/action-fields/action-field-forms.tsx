import { useState } from 'react';
import { useLocation } from 'wouter';
import { itemPath } from '../../../app/paths.js';
import { CommandForm } from '../../../commands/command-form.js';
import { DECISION_FIELDS, type DecisionInput } from '../../../commands/decision-fields.js';
import { TransitionDialog, TransitionForm } from '../../../commands/transition-form.js';
import { type CommandState, useCommand } from '../../../commands/use-command.js';
import { useMessages } from '../../../i18n/i18n.js';
import { useProcessId } from '../../../shared/process/use-process-id.js';
import { TextArea, TextField } from '../../../ui/fields.js';
import { actionFieldMessages } from './messages.js';
import {
  type ActionFieldDetail,
  DefineActionField,
  RetireActionField,
  ReviseActionField,
} from './queries.js';

export interface ActionFieldFormProps {
  readonly field: ActionFieldDetail;
  readonly reload: () => void;
  readonly close: () => void;
  readonly done: (message: string) => void;
}

/** An action field's title and description, as defined and as revised. */
const TitleAndDescriptionFields = ({
  title,
  onTitleChange,
  description,
  onDescriptionChange,
  descriptionRows,
  state,
}: {
  readonly title: string;
  readonly onTitleChange: (title: string) => void;
  readonly description: string;
  readonly onDescriptionChange: (description: string) => void;
  readonly descriptionRows: number;
  readonly state: CommandState;
}) => {
  const m = useMessages(actionFieldMessages);
  return (
    <>
      <TextField
        label={m.titleLabel}
        required
        value={title}
        onChange={onTitleChange}
        error={state.errorFor('title', m.titleLabel)}
      />
      <TextArea
        label={m.descriptionLabel}
        required
        rows={descriptionRows}
        value={description}
        onChange={onDescriptionChange}
        error={state.errorFor('description', m.descriptionLabel)}
      />
    </>
  );
};

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
  // A new action field belongs to the process whose screens one is on.
  const processId = useProcessId();
  const [state, run] = useCommand(DefineActionField, [
    'key',
    'title',
    'description',
    ...DECISION_FIELDS,
  ]);
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const submit = async (decision: DecisionInput) => {
    const result = await run({
      input: {
        key: key.trim(),
        title: title.trim(),
        description: description.trim(),
        ...(processId ? { process: processId } : {}),
        ...decision,
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
      reason="optional"
    >
      <TextField
        label={m.keyLabel}
        required
        value={key}
        onChange={setKey}
        hint={m.keyHint}
        error={state.errorFor('key', m.keyLabel)}
        autoFocus
      />
      <TitleAndDescriptionFields
        title={title}
        onTitleChange={setTitle}
        description={description}
        onDescriptionChange={setDescription}
        descriptionRows={5}
        state={state}
      />
    </CommandForm>
  );
};

/** Überarbeiten: title and description; only what changed is sent. */
export const ReviseActionFieldForm = ({ field, reload, close, done }: ActionFieldFormProps) => {
  const m = useMessages(actionFieldMessages);
  const [title, setTitle] = useState(field.title);
  const [description, setDescription] = useState(field.description);
  return (
    <TransitionForm
      mutation={ReviseActionField}
      target={{ id: field.id, version: field.version, reload }}
      input={() => ({
        ...(title.trim() === field.title ? {} : { title: title.trim() }),
        ...(description.trim() === field.description ? {} : { description: description.trim() }),
      })}
      formFields={['title', 'description', ...DECISION_FIELDS]}
      onDone={() => {
        close();
        done(m.doneRevise);
      }}
      onCancel={close}
      submitLabel={m.revise}
      reason="optional"
    >
      {(state) => (
        <>
          <TitleAndDescriptionFields
            title={title}
            onTitleChange={setTitle}
            description={description}
            onDescriptionChange={setDescription}
            descriptionRows={6}
            state={state}
          />
        </>
      )}
    </TransitionForm>
  );
};

/** Archivieren: ends the field for good, so the domain asks for a reason. */
export const RetireActionFieldDialog = ({
  field,
  reload,
  done,
}: Omit<ActionFieldFormProps, 'close'>) => {
  const m = useMessages(actionFieldMessages);
  return (
    <TransitionDialog
      label={m.retire}
      title={m.retireTitle}
      variant="danger"
      mutation={RetireActionField}
      target={{ id: field.id, version: field.version, reload: reload }}
      formFields={DECISION_FIELDS}
      onDone={() => done(m.doneRetire)}
      intro={m.retireText}
      reason="required"
    />
  );
};
