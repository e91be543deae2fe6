import { useState } from 'react';
import { CommandDialog } from '../../commands/command-dialog.js';
import { occurredAtInput } from '../../commands/occurred-at.js';
import { TransitionDialog, TransitionForm } from '../../commands/transition-form.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import type { ItemCommandsProps } from '../../shared/item-page-query.js';
import { OccurredOnField } from '../../shared/milestone-fields.js';
import {
  type ActionFieldOptionData,
  sameActionFields,
  useActionFieldOptions,
} from '../../shared/options.js';
import { TextArea } from '../../ui/fields.js';
import {
  HeadCountFields,
  type HeadCounts,
  headCountInput,
  headCountsOf,
  sameHeadCounts,
} from './head-count-fields.js';
import { MEETING_FIELDS, type MeetingDraft, MeetingFields } from './meeting-fields.js';
import type { MeetingData, MeetingFormProps } from './meeting-query.js';
import { meetingMessages } from './messages.js';

const ReviseMeeting = graphql(`
  mutation ReviseMeeting($input: ReviseMeetingInput!) {
    reviseMeeting(input: $input) {
      meeting {
        id
        version
      }
    }
  }
`);

const RecordMeetingHeld = graphql(`
  mutation RecordMeetingHeld($input: RecordMeetingHeldInput!) {
    recordMeetingHeld(input: $input) {
      meeting {
        id
        version
      }
    }
  }
`);

const CancelMeeting = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      meeting {
        id
        version
      }
    }
  }
`);

const draftOf = (meeting: MeetingData): MeetingDraft => ({
  title: meeting.title,
  kind: meeting.kind,
  date: meeting.date,
  place: meeting.place,
  description: meeting.description ?? '',
  actionFieldIds: meeting.actionFields.map((field) => field.id),
});

/** Only what changed goes to the API ("at least one must differ"); it reports an empty change. */
const changesOf = (before: MeetingDraft, after: MeetingDraft) => ({
  ...(after.title !== before.title ? { title: after.title.trim() } : {}),
  ...(after.kind !== before.kind ? { kind: after.kind } : {}),
  ...(after.date !== before.date ? { date: after.date } : {}),
  ...(after.place !== before.place ? { place: after.place.trim() } : {}),
  ...(after.description !== before.description ? { description: after.description } : {}),
  ...(sameActionFields(after.actionFieldIds, before.actionFieldIds)
    ? {}
    : { actionFieldIds: [...after.actionFieldIds] }),
});

const ReviseForm = ({
  meeting,
  actionFields,
  onDone,
  onReload,
}: MeetingFormProps & { actionFields: readonly ActionFieldOptionData[] }) => {
  const m = useMessages(meetingMessages);
  const [draft, setDraft] = useState(() => draftOf(meeting));
  const [summary, setSummary] = useState(meeting.summary ?? '');
  const [counts, setCounts] = useState(() => headCountsOf(meeting.participantsBySector));
  const actionFieldOptions = useActionFieldOptions(actionFields, draft.actionFieldIds);
  const held = meeting.status === 'held';
  return (
    <TransitionForm
      mutation={ReviseMeeting}
      target={{ id: meeting.id, version: meeting.version, reload: onReload }}
      input={() => ({
        ...changesOf(draftOf(meeting), draft),
        ...(held && summary !== (meeting.summary ?? '') ? { summary } : {}),
        ...(held && !sameHeadCounts(counts, headCountsOf(meeting.participantsBySector))
          ? { participantsBySector: headCountInput(counts) }
          : {}),
      })}
      formFields={[...MEETING_FIELDS, 'summary', 'participantsBySector']}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.save}
    >
      {(state) => (
        <>
          <MeetingFields
            value={draft}
            onChange={setDraft}
            state={state}
            actionFieldOptions={actionFieldOptions}
          />
          {held ? (
            <>
              <TextArea
                label={m.summary}
                value={summary}
                onChange={setSummary}
                error={state.errorFor('summary', m.summary)}
              />
              <HeadCountFields value={counts} onChange={setCounts} state={state} />
            </>
          ) : null}
        </>
      )}
    </TransitionForm>
  );
};

/** A past meeting was held on its own date; one still ahead cannot be recorded as held before today. */
const defaultHeldOn = (meeting: MeetingData, today: string): string =>
  meeting.date <= today ? meeting.date : today;

const RecordHeldForm = ({ meeting, onDone, onReload }: MeetingFormProps) => {
  const m = useMessages(meetingMessages);
  const today = useToday();
  const [heldOn, setHeldOn] = useState(() => defaultHeldOn(meeting, today));
  const [summary, setSummary] = useState('');
  const [counts, setCounts] = useState<HeadCounts>(() =>
    headCountsOf(meeting.participantsBySector),
  );
  return (
    <TransitionForm
      mutation={RecordMeetingHeld}
      target={{ id: meeting.id, version: meeting.version, reload: onReload }}
      input={() => ({
        participantsBySector: headCountInput(counts),
        ...(summary.trim() ? { summary: summary.trim() } : {}),
        ...occurredAtInput(heldOn, today),
      })}
      formFields={['summary', 'participantsBySector', 'occurredAt']}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.recordHeld}
    >
      {(state) => (
        <>
          <OccurredOnField
            label={m.heldOn}
            required
            value={heldOn}
            onChange={setHeldOn}
            state={state}
          />
          <HeadCountFields value={counts} onChange={setCounts} state={state} />
          <TextArea
            label={m.summary}
            value={summary}
            onChange={setSummary}
            hint={m.summaryHint}
            error={state.errorFor('summary', m.summary)}
          />
        </>
      )}
    </TransitionForm>
  );
};

/** The meeting's own commands, each where the viewer may run it and the status allows it. */
export const MeetingActions = ({
  meeting,
  actionFields,
  can,
  onReload,
}: ItemCommandsProps & { readonly meeting: MeetingData }) => {
  const m = useMessages(meetingMessages);
  const open = meeting.status === 'planned' || meeting.status === 'held';
  const planned = meeting.status === 'planned';
  return (
    <>
      {open && can('reviseMeeting') ? (
        <CommandDialog label={m.revise} title={m.reviseTitle}>
          {(close) => (
            <ReviseForm
              meeting={meeting}
              actionFields={actionFields}
              onDone={close}
              onReload={onReload}
            />
          )}
        </CommandDialog>
      ) : null}
      {planned && can('recordMeetingHeld') ? (
        <CommandDialog label={m.recordHeld} variant="primary">
          {(close) => <RecordHeldForm meeting={meeting} onDone={close} onReload={onReload} />}
        </CommandDialog>
      ) : null}
      {planned && can('cancelMeeting') ? (
        <TransitionDialog
          label={m.cancelMeeting}
          variant="danger"
          mutation={CancelMeeting}
          target={{ id: meeting.id, version: meeting.version, reload: onReload }}
          reason="required"
          intro={m.cancelIntro}
        />
      ) : null}
    </>
  );
};
