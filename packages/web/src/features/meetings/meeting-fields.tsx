import type { CommandState } from '../../commands/use-command.js';
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
}: {
  readonly value: MeetingDraft;
  readonly onChange: (value: MeetingDraft) => void;
  readonly state: CommandState;
  readonly actionFieldOptions: readonly Option[];
}) => {
  const m = useMessages(meetingMessages);
  const kindOptions = useKindOptions();
  const change = (patch: Partial<MeetingDraft>) => onChange({ ...value, ...patch });
  return (
    <>
      <TextField
        label={m.title}
        required
        value={value.title}
        onChange={(title) => change({ title })}
        error={state.errorFor('title', m.title)}
      />
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
      <TextField
        label={m.date}
        type="date"
        required
        value={value.date}
        onChange={(date) => change({ date })}
        error={state.errorFor('date', m.date)}
      />
      <TextField
        label={m.place}
        required
        value={value.place}
        onChange={(place) => change({ place })}
        error={state.errorFor('place', m.place)}
      />
      <TextArea
        label={m.description}
        value={value.description}
        onChange={(description) => change({ description })}
        error={state.errorFor('description', m.description)}
      />
      <CheckboxGroup
        legend={m.actionFields}
        options={actionFieldOptions}
        selected={value.actionFieldIds}
        onChange={(actionFieldIds) => change({ actionFieldIds })}
        error={state.errorFor('actionFieldIds', m.actionFields)}
      />
    </>
  );
};
