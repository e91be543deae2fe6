import { useState } from 'react';
import { CommandDialog } from '../../../commands/command-dialog.js';
import { draftFields } from '../../../commands/draft-fields.js';
import { TransitionDialog, TransitionForm } from '../../../commands/transition-form.js';
import { graphql } from '../../../graphql/graphql.js';
import { useMessages } from '../../../i18n/i18n.js';
import type { ItemCommandsProps } from '../../../shared/item-page-query.js';
import {
  type ActionFieldOptionData,
  isSector,
  type Sector,
  sameActionFields,
  useActionFieldOptions,
  useSectorOptions,
} from '../../../shared/options.js';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../../ui/fields.js';
import { suggestionMessages } from './messages.js';
import type { SuggestionData } from './suggestion-query.js';

const ReviseSuggestion = graphql(`
  mutation ReviseSuggestion($input: ReviseSuggestionInput!) {
    reviseSuggestion(input: $input) {
      suggestion {
        id
        version
      }
    }
  }
`);

const DeclineSuggestion = graphql(`
  mutation DeclineSuggestion($input: DeclineSuggestionInput!) {
    declineSuggestion(input: $input) {
      suggestion {
        id
        version
      }
    }
  }
`);

const ReopenSuggestion = graphql(`
  mutation ReopenSuggestion($input: ReopenSuggestionInput!) {
    reopenSuggestion(input: $input) {
      suggestion {
        id
        version
      }
    }
  }
`);

interface FormProps {
  readonly suggestion: SuggestionData;
  readonly onDone: () => void;
  readonly onReload: () => void;
}

interface Draft {
  readonly text: string;
  readonly title: string;
  readonly sector: Sector;
  readonly actionFieldIds: readonly string[];
}

const draftOf = (suggestion: SuggestionData): Draft => ({
  text: suggestion.text,
  title: suggestion.ownTitle ?? '',
  sector: suggestion.sector,
  actionFieldIds: suggestion.actionFields.map((field) => field.id),
});

/** Only what changed; a blank title clears it (the text's start stands in again). */
const changesOf = (before: Draft, after: Draft) => ({
  ...(after.text !== before.text ? { text: after.text.trim() } : {}),
  ...(after.title !== before.title ? { title: after.title.trim() } : {}),
  ...(after.sector !== before.sector ? { sector: after.sector } : {}),
  ...(sameActionFields(after.actionFieldIds, before.actionFieldIds)
    ? {}
    : { actionFieldIds: [...after.actionFieldIds] }),
});

const ReviseForm = ({
  suggestion,
  actionFields,
  onDone,
  onReload,
}: FormProps & { actionFields: readonly ActionFieldOptionData[] }) => {
  const m = useMessages(suggestionMessages);
  const sectorOptions = useSectorOptions();
  const [draft, setDraft] = useState(() => draftOf(suggestion));
  const actionFieldOptions = useActionFieldOptions(actionFields, draft.actionFieldIds);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <TransitionForm
      mutation={ReviseSuggestion}
      target={{ id: suggestion.id, version: suggestion.version, reload: onReload }}
      input={() => changesOf(draftOf(suggestion), draft)}
      formFields={['text', 'title', 'sector', 'actionFieldIds']}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.save}
    >
      {(state) => {
        const field = draftFields({ value: draft, onChange: setDraft, state });
        return (
          <>
            <TextArea {...field('text', m.text)} required rows={6} />
            <TextField {...field('title', m.titleOptional)} hint={m.titleBlankHint} />
            <SelectField
              label={m.sector}
              required
              value={draft.sector}
              options={sectorOptions}
              onChange={(sector) => {
                if (isSector(sector)) change({ sector });
              }}
              error={state.errorFor('sector', m.sector)}
            />
            <CheckboxGroup
              {...field.choices('actionFieldIds', m.actionFields)}
              options={actionFieldOptions}
            />
          </>
        );
      }}
    </TransitionForm>
  );
};

/** Revise unless declined; decline a captured one, reopen a declined one (both with a reason). */
export const SuggestionActions = ({
  suggestion,
  actionFields,
  can,
  onReload,
}: ItemCommandsProps & { readonly suggestion: SuggestionData }) => {
  const m = useMessages(suggestionMessages);
  return (
    <>
      {suggestion.status !== 'declined' && can('reviseSuggestion') ? (
        <CommandDialog label={m.revise} title={m.reviseTitle}>
          {(close) => (
            <ReviseForm
              suggestion={suggestion}
              actionFields={actionFields}
              onDone={close}
              onReload={onReload}
            />
          )}
        </CommandDialog>
      ) : null}
      {suggestion.status === 'captured' && can('declineSuggestion') ? (
        <TransitionDialog
          label={m.decline}
          title={m.declineTitle}
          variant="danger"
          mutation={DeclineSuggestion}
          target={{ id: suggestion.id, version: suggestion.version, reload: onReload }}
          reason="required"
          intro={m.declineIntro}
        />
      ) : null}
      {suggestion.status === 'declined' && can('reopenSuggestion') ? (
        <TransitionDialog
          label={m.reopen}
          title={m.reopenTitle}
          mutation={ReopenSuggestion}
          target={{ id: suggestion.id, version: suggestion.version, reload: onReload }}
          reason="required"
          intro={m.reopenIntro}
        />
      ) : null}
    </>
  );
};
