import { useState } from 'react';
import { useLocation } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { CommandDialog } from '../../commands/command-dialog.js';
import { CommandForm } from '../../commands/command-form.js';
import { useCommand } from '../../commands/use-command.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { type ActionFieldOptionData, useActionFieldOptions } from '../../shared/options.js';
import { MEETING_FIELDS, type MeetingDraft, MeetingFields } from './meeting-fields.js';
import { meetingMessages } from './messages.js';

const PlanMeeting = graphql(`
  mutation PlanMeeting($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      meeting {
        id
      }
    }
  }
`);

const EMPTY: MeetingDraft = {
  title: '',
  kind: 'WORKSHOP',
  date: '',
  place: '',
  description: '',
  actionFieldIds: [],
};

const PlanForm = ({
  actionFields,
  onDone,
}: {
  readonly actionFields: readonly ActionFieldOptionData[];
  readonly onDone: () => void;
}) => {
  const m = useMessages(meetingMessages);
  const [, navigate] = useLocation();
  const [state, run] = useCommand(PlanMeeting, MEETING_FIELDS);
  const [draft, setDraft] = useState(EMPTY);
  const actionFieldOptions = useActionFieldOptions(actionFields);
  const submit = async () => {
    const data = await run({
      input: {
        title: draft.title.trim(),
        kind: draft.kind,
        date: draft.date,
        place: draft.place.trim(),
        ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
        actionFieldIds: [...draft.actionFieldIds],
      },
    });
    if (!data) return;
    onDone();
    // Straight to the new meeting, where its participants and suggestions are entered.
    navigate(itemPath('Meeting', data.planMeeting.meeting.id));
  };
  return (
    <CommandForm state={state} onSubmit={submit} onCancel={onDone} submitLabel={m.plan}>
      <MeetingFields
        value={draft}
        onChange={setDraft}
        state={state}
        actionFieldOptions={actionFieldOptions}
      />
    </CommandForm>
  );
};

export const PlanMeetingButton = ({
  actionFields,
}: {
  readonly actionFields: readonly ActionFieldOptionData[];
}) => {
  const m = useMessages(meetingMessages);
  return (
    <CommandDialog label={m.planMeeting} variant="primary">
      {(close) => <PlanForm actionFields={actionFields} onDone={close} />}
    </CommandDialog>
  );
};
