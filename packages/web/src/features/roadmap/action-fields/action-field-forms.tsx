import { useState } from 'react';
import { useLocation } from 'wouter';
import { itemPath } from '../../../app/paths.js';
import { DECISION_FIELDS } from '../../../commands/decision-fields.js';
import { TransitionDialog, TransitionForm } from '../../../commands/transition-form.js';
import type { CommandState } from '../../../commands/use-command.js';
import { useMessages } from '../../../i18n/i18n.js';
import { CreateDialog } from '../../../shared/create-form.js';
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
const TitleAndDescriptionFields = <Draft extends { title: string; description: string }>({
  value,
  onChange,
  descriptionRows,
  state,
}: {
  readonly value: Draft;
  readonly onChange: (value: Draft) => void;
  readonly descriptionRows: number;
  readonly state: CommandState;
}) => {
  const m = useMessages(actionFieldMessages);
  return (
    <>
      <TextField
        label={m.titleLabel}
        required
        value={value.title}
        onChange={(title) => onChange({ ...value, title })}
        error={state.errorFor('title', m.titleLabel)}
      />
      <TextArea
        label={m.descriptionLabel}
        required
        rows={descriptionRows}
        value={value.description}
        onChange={(description) => onChange({ ...value, description })}
        error={state.errorFor('description', m.descriptionLabel)}
      />
    </>
  );
};

const EMPTY = { key: '', title: '', description: '' };

/** Handlungsfeld anlegen: key, title and description; then on to the new field's page. */
export const DefineActionFieldButton = ({ reload }: { readonly reload: () => void }) => {
  const m = useMessages(actionFieldMessages);
  const [, navigate] = useLocation();
  // A new action field belongs to the process whose screens one is on.
  const processId = useProcessId();
  return (
    <CreateDialog
      label={m.define}
      submitLabel={m.define}
      reason="optional"
      mutation={DefineActionField}
      formFields={['key', 'title', 'description', ...DECISION_FIELDS]}
      empty={EMPTY}
      input={(draft, decision) => ({
        key: draft.key.trim(),
        title: draft.title.trim(),
        description: draft.description.trim(),
        ...(processId ? { process: processId } : {}),
        ...decision,
      })}
      onCreated={(result) =>
        navigate(itemPath('ActionField', result.defineActionField.actionField.id))
      }
      onReload={reload}
    >
      {({ value, onChange, state, field }) => (
        <>
          <TextField {...field('key', m.keyLabel)} required hint={m.keyHint} autoFocus />
          <TitleAndDescriptionFields
            value={value}
            onChange={onChange}
            descriptionRows={5}
            state={state}
          />
        </>
      )}
    </CreateDialog>
  );
};

/** Überarbeiten: title and description; only what changed is sent. */
export const ReviseActionFieldForm = ({ field, reload, close, done }: ActionFieldFormProps) => {
  const m = useMessages(actionFieldMessages);
  const [draft, setDraft] = useState({ title: field.title, description: field.description });
  return (
    <TransitionForm
      mutation={ReviseActionField}
      target={{ id: field.id, version: field.version, reload }}
      input={() => ({
        ...(draft.title.trim() === field.title ? {} : { title: draft.title.trim() }),
        ...(draft.description.trim() === field.description
          ? {}
          : { description: draft.description.trim() }),
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
        <TitleAndDescriptionFields
          value={draft}
          onChange={setDraft}
          descriptionRows={6}
          state={state}
        />
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
