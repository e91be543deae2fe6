import { useCommand } from '../../../commands/use-command.js';
import { graphql } from '../../../graphql/graphql.js';
import { isSector } from '../../../shared/options.js';
import type { Option } from '../../../ui/fields.js';
import { type SuggestionRow, SuggestionRowFields } from './fragments.js';
import { QuickCaptureForm } from './quick-capture-form.js';
import type { CaptureDraft } from './use-capture-draft.js';

const CaptureSuggestion = graphql(
  `
    mutation CaptureSuggestion($input: CaptureSuggestionInput!) {
      captureSuggestion(input: $input) {
        suggestion {
          ...SuggestionRowFields
          # Names the Meeting type, so urql refetches the meeting page's query too.
          meeting {
            id
          }
        }
      }
    }
  `,
  [SuggestionRowFields],
);

const FORM_FIELDS = ['text', 'title', 'sector', 'actionFieldIds'];

/** Captures suggestions raised at this meeting (channel MEETING) and hands each one up to list. */
export const QuickCapture = ({
  meetingId,
  actionFieldOptions,
  initialActionFieldIds,
  onCaptured,
}: {
  readonly meetingId: string;
  readonly actionFieldOptions: readonly Option[];
  readonly initialActionFieldIds: readonly string[];
  readonly onCaptured: (suggestion: SuggestionRow) => void;
}) => {
  const [state, run] = useCommand(CaptureSuggestion, FORM_FIELDS);
  const capture = async (draft: CaptureDraft): Promise<string | null> => {
    if (!isSector(draft.sector)) return null;
    const title = draft.title.trim();
    const data = await run({
      input: {
        channel: 'MEETING',
        meetingId,
        sector: draft.sector,
        text: draft.text.trim(),
        ...(title ? { title } : {}),
        actionFieldIds: [...draft.actionFieldIds],
      },
    });
    if (!data) return null;
    const { suggestion } = data.captureSuggestion;
    onCaptured(suggestion);
    return suggestion.title;
  };
  return (
    <QuickCaptureForm
      actionFieldOptions={actionFieldOptions}
      initialActionFieldIds={initialActionFieldIds}
      state={state}
      capture={capture}
    />
  );
};
