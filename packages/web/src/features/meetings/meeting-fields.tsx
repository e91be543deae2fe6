import type { DraftFieldsProps } from '../../commands/draft-fields.js';
import { draftFields } from '../../commands/draft-fields.js';
import { useMessages } from '../../i18n/i18n.js';
import { isMeetingKind, type MeetingKind, useKindOptions } from '../../shared/options.js';
import { CheckboxGroup, type Option, SelectField, TextArea, TextField } from '../../ui/fields.js';
import { meetingMessages } from './messages.js';

/** What planning and revising a meeting edit. */
export interface MeetingDraft {
  readonly title: string;
  readonly kind: MeetingKind;
  readonly date: string;
  readonly place: string;
  readonly description: string;
  readonly actionFieldIds: readonly string[];
}

export const MEETING_FIELDS = ['title', 'kind', 'date', 'place', 'description', 'actionFieldIds'];

export const MeetingFields = ({
  value,
  onChange,
  state,
  actionFieldOptions,
}: DraftFieldsProps<MeetingDraft> & { readonly actionFieldOptions: readonly Option[] }) => {
  const m = useMessages(meetingMessages);
  const kindOptions = useKindOptions();
  const change = (patch: Partial<MeetingDraft>) => onChange({ ...value, ...patch });
  const field = draftFields({ value, onChange, state });
  return (
    <>
      <TextField {...field('title', m.title)} required />
      <SelectField
        label={m.kind}
        required
        value={value.kind}
        options={kindOptions}
        onChange={(kind) => {
          if (isMeetingKind(kind)) change({ kind });
        }}
        error={state.errorFor('kind', m.kind)}
      />
      <TextField {...field('date', m.date)} type="date" required />
      <TextField {...field('place', m.place)} required />
      <TextArea {...field('description', m.description)} />
      <CheckboxGroup
        {...field.choices('actionFieldIds', m.actionFields)}
        options={actionFieldOptions}
      />
    </>
  );
};
