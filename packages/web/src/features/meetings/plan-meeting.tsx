import { useLocation } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { CreateDialog } from '../../shared/create-form.js';
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

export const PlanMeetingButton = ({
  actionFields,
}: {
  readonly actionFields: readonly ActionFieldOptionData[];
}) => {
  const m = useMessages(meetingMessages);
  const [, navigate] = useLocation();
  const actionFieldOptions = useActionFieldOptions(actionFields);
  return (
    <CreateDialog
      label={m.planMeeting}
      submitLabel={m.plan}
      mutation={PlanMeeting}
      formFields={MEETING_FIELDS}
      empty={EMPTY}
      input={(draft) => ({
        title: draft.title.trim(),
        kind: draft.kind,
        date: draft.date,
        place: draft.place.trim(),
        ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
        actionFieldIds: [...draft.actionFieldIds],
      })}
      // Straight to the new meeting, where its participants and suggestions are entered.
      onCreated={(data) => navigate(itemPath('Meeting', data.planMeeting.meeting.id))}
    >
      {(fields) => <MeetingFields {...fields} actionFieldOptions={actionFieldOptions} />}
    </CreateDialog>
  );
};
