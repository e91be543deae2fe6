import type { SuggestionEvent } from '@fahrplan/domain';
import { useMemo, useState } from 'react';
import { localIdOf } from '../../app/paths.js';
import { useAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useLiveRefresh } from '../../live/use-live-refresh.js';
import { actionFieldChoicesOf } from '../../shared/action-field-choices.js';
import { ItemPage } from '../../shared/item/item-page.js';
import type { ItemCommandsProps } from '../../shared/item-page-query.js';
import { NotFoundPage, QueryPending, useItemPageQuery } from '../../shared/item-page-query.js';
import { useActionFieldOptions } from '../../shared/options.js';
import { sheetMessages } from '../../shared/sheets/messages.js';
import { SheetDownload } from '../../shared/sheets/sheet-download.js';
import { SheetImport } from '../../shared/sheets/sheet-import.js';
import { Section } from '../../ui/page.js';
import { MeetingActions } from './meeting-actions.js';
import { MeetingDetails } from './meeting-details.js';
import { type MeetingData, MeetingPageQuery } from './meeting-query.js';
import { meetingMessages } from './messages.js';
import { Participants } from './participants.js';
import type { SuggestionRow } from './suggestions/fragments.js';
import { MeetingSuggestions } from './suggestions/meeting-suggestions.js';
import { newestFirst } from './suggestions/newest-first.js';
import { QuickCapture } from './suggestions/quick-capture.js';

/** A capture, a decline or a take-up elsewhere changes this meeting's list of suggestions. */
const SUGGESTION_EVENTS: readonly SuggestionEvent['type'][] = [
  'SuggestionCaptured',
  'SuggestionRevised',
  'SuggestionTakenUp',
  'SuggestionDeclined',
  'SuggestionReopened',
];

/** One field's suggestion → the meeting is about it; several → the capture asks each time. */
const initialFieldsOf = (meeting: MeetingData): string[] =>
  meeting.actionFields.length === 1 ? meeting.actionFields.map((field) => field.id) : [];

const MeetingView = ({
  meeting,
  actionFields,
  can,
  onReload,
}: ItemCommandsProps & { readonly meeting: MeetingData }) => {
  const m = useMessages(meetingMessages);
  const s = useMessages(sheetMessages);
  const { asOf } = useAsOf();
  const [justCaptured, setJustCaptured] = useState<readonly SuggestionRow[]>([]);
  const actionFieldOptions = useActionFieldOptions(actionFields);
  const suggestions = useMemo(
    () =>
      newestFirst(
        meeting.suggestions.edges.map((edge) => edge.node),
        asOf === null ? justCaptured : [],
      ),
    [meeting.suggestions.edges, justCaptured, asOf],
  );
  const capturing = can('captureSuggestion') && meeting.status !== 'cancelled';
  const canEditParticipants = meeting.status !== 'cancelled';
  return (
    <ItemPage
      kind="Meeting"
      item={meeting}
      actions={
        <MeetingActions
          meeting={meeting}
          actionFields={actionFields}
          can={can}
          onReload={onReload}
        />
      }
    >
      {capturing ? (
        <Section id="quick-capture" title={m.captureTitle}>
          <p className="meta">{m.captureIntro}</p>
          <QuickCapture
            meetingId={meeting.id}
            actionFieldOptions={actionFieldOptions}
            initialActionFieldIds={initialFieldsOf(meeting)}
            onCaptured={(suggestion) => setJustCaptured((current) => [suggestion, ...current])}
          />
        </Section>
      ) : null}
      {capturing ? (
        <Section id="sheet-import" title={s.importTitle}>
          <SheetImport
            path={`/tabellen/import/vorschlaege?meeting=${encodeURIComponent(localIdOf(meeting.id))}`}
            copy={{
              intro: s.importIntro,
              pending: (counts) => counts.create,
              summary: (counts) => s.summary(counts.create, counts.known),
              importAll: s.importAll,
              imported: s.imported,
              nothingNew: s.nothingNew,
            }}
            download={
              <SheetDownload
                path="/tabellen/vorlage-vorschlaege.xlsx"
                params={{}}
                name={s.templateFile}
                label={s.template}
              />
            }
            onImported={onReload}
          />
        </Section>
      ) : null}
      <SheetDownload
        path="/tabellen/vorschlaege.xlsx"
        params={{ meeting: localIdOf(meeting.id) }}
        name={m.suggestionsFile}
      />
      <MeetingSuggestions
        suggestions={suggestions}
        hasMore={meeting.suggestions.pageInfo.hasNextPage}
        canDraft={can('draftRecommendation')}
      />
      <MeetingDetails meeting={meeting} />
      <Participants
        meeting={meeting}
        canRegister={canEditParticipants && can('registerParticipant')}
        canRemove={canEditParticipants && can('removeParticipant')}
        onReload={onReload}
      />
    </ItemPage>
  );
};

/** `/meetings/:id`: a workshop, talk or conference with its suggestions and participants. */
export const MeetingPage = () => {
  const m = useMessages(meetingMessages);
  const { asOf } = useAsOf();
  const { result, reload, can } = useItemPageQuery(MeetingPageQuery);
  useLiveRefresh({ eventTypes: [...SUGGESTION_EVENTS] }, reload, { enabled: !asOf });
  if (!result.data) return <QueryPending error={result.error} retry={reload} />;
  const { node } = result.data;
  if (node?.__typename !== 'Meeting') {
    return <NotFoundPage title={m.notFoundTitle} text={m.notFoundText} />;
  }
  return (
    <MeetingView
      key={node.id}
      meeting={node}
      actionFields={actionFieldChoicesOf(result.data)}
      can={can}
      onReload={reload}
    />
  );
};
