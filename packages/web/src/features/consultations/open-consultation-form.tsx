import { useState } from 'react';
import { CommandDialog } from '../../commands/command-dialog.js';
import { CommandForm } from '../../commands/command-form.js';
import { useCommand } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { SelectField, TextArea, TextField } from '../../ui/fields.js';
import { consultationMessages } from './messages.js';
import { OpenConsultation } from './queries.js';

const FORM_FIELDS = ['title', 'description', 'actionFieldId', 'meetingId', 'opensOn', 'closesOn'];

interface Choice {
  readonly id: string;
  readonly title: string;
}

/** The subject select's value: an action field's or a meeting's id, tagged by kind. */
const subjectInput = (value: string) =>
  value.startsWith('field:')
    ? { actionFieldId: value.slice('field:'.length) }
    : value.startsWith('meeting:')
      ? { meetingId: value.slice('meeting:'.length) }
      : {};

const OpenForm = ({
  actionFields,
  meetings,
  onDone,
  onCancel,
}: {
  readonly actionFields: readonly Choice[];
  readonly meetings: readonly Choice[];
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) => {
  const m = useMessages(consultationMessages);
  const [state, run] = useCommand(OpenConsultation, FORM_FIELDS);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [subject, setSubject] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const subjectError =
    state.errorFor('actionFieldId', m.subject) ?? state.errorFor('meetingId', m.subject);
  return (
    <CommandForm
      state={state}
      submitLabel={m.openNew}
      onCancel={onCancel}
      onSubmit={async (decision) => {
        const result = await run({
          input: { title, description, opensOn, closesOn, ...subjectInput(subject), ...decision },
        });
        if (result) onDone();
      }}
    >
      <TextField
        label={m.consultationTitle}
        value={title}
        onChange={setTitle}
        required
        autoFocus
        error={state.errorFor('title', m.consultationTitle)}
      />
      <TextArea
        label={m.description}
        value={description}
        onChange={setDescription}
        required
        error={state.errorFor('description', m.description)}
      />
      <SelectField
        label={m.subject}
        value={subject}
        onChange={setSubject}
        required
        options={[
          { value: '', label: m.chooseSubject },
          ...actionFields.map((field) => ({
            value: `field:${field.id}`,
            label: m.subjectField(field.title),
          })),
          ...meetings.map((meeting) => ({
            value: `meeting:${meeting.id}`,
            label: m.subjectMeeting(meeting.title),
          })),
        ]}
        error={subjectError}
      />
      <TextField
        label={m.opensOn}
        type="date"
        value={opensOn}
        onChange={setOpensOn}
        required
        error={state.errorFor('opensOn', m.opensOn)}
      />
      <TextField
        label={m.closesOn}
        type="date"
        value={closesOn}
        onChange={setClosesOn}
        required
        error={state.errorFor('closesOn', m.closesOn)}
      />
    </CommandForm>
  );
};

/** The ministry opens a consultation on an action field or a meeting of the process. */
export const OpenConsultationForm = (props: {
  readonly actionFields: readonly Choice[];
  readonly meetings: readonly Choice[];
  readonly onDone: () => void;
}) => {
  const m = useMessages(consultationMessages);
  return (
    <CommandDialog label={m.openNew} variant="primary">
      {(close) => (
        <OpenForm
          {...props}
          onCancel={close}
          onDone={() => {
            close();
            props.onDone();
          }}
        />
      )}
    </CommandDialog>
  );
};
