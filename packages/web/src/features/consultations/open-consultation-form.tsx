import { useMessages } from '../../i18n/i18n.js';
import { CreateDialog } from '../../shared/create-form.js';
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

const EMPTY = { title: '', description: '', subject: '', opensOn: '', closesOn: '' };

/** The ministry opens a consultation on an action field or a meeting of the process. */
export const OpenConsultationForm = ({
  actionFields,
  meetings,
  onDone,
}: {
  readonly actionFields: readonly Choice[];
  readonly meetings: readonly Choice[];
  readonly onDone: () => void;
}) => {
  const m = useMessages(consultationMessages);
  return (
    <CreateDialog
      label={m.openNew}
      submitLabel={m.openNew}
      mutation={OpenConsultation}
      formFields={FORM_FIELDS}
      empty={EMPTY}
      input={({ subject, ...draft }, decision) => ({
        ...draft,
        ...subjectInput(subject),
        ...decision,
      })}
      onCreated={onDone}
    >
      {({ field, state }) => (
        <>
          <TextField {...field('title', m.consultationTitle)} required autoFocus />
          <TextArea {...field('description', m.description)} required />
          <SelectField
            {...field('subject', m.subject)}
            required
            options={[
              { value: '', label: m.chooseSubject },
              ...actionFields.map((actionField) => ({
                value: `field:${actionField.id}`,
                label: m.subjectField(actionField.title),
              })),
              ...meetings.map((meeting) => ({
                value: `meeting:${meeting.id}`,
                label: m.subjectMeeting(meeting.title),
              })),
            ]}
            error={
              state.errorFor('actionFieldId', m.subject) ?? state.errorFor('meetingId', m.subject)
            }
          />
          <TextField {...field('opensOn', m.opensOn)} type="date" required />
          <TextField {...field('closesOn', m.closesOn)} type="date" required />
        </>
      )}
    </CreateDialog>
  );
};
