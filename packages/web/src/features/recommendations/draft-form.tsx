import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { DecisionFields, decisionInput, useDecision } from '../../commands/decision-fields.js';
import { draftFields } from '../../commands/draft-fields.js';
import { useCommand } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { type ActionFieldRef, useActionFieldChoices } from '../../shared/action-fields.js';
import { ErrorSummary } from '../../ui/feedback.js';
import { CheckboxGroup, TextArea, TextField } from '../../ui/fields.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { actionMessages } from './action-messages.js';
import { actionFieldsOf } from './draft-params.js';
import { recommendationMessages } from './messages.js';
import { DraftRecommendation } from './mutations.js';

export interface DraftSuggestion {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly actionFields: readonly { readonly id: string }[];
}

const FIELDS = ['title', 'body', 'actionFieldIds', 'derivedFrom', 'reason'];

export const DraftForm = ({
  suggestions,
  missing,
  actionFields,
}: {
  readonly suggestions: readonly DraftSuggestion[];
  /** How many of the ids in the address name no suggestion (the caller may not see them). */
  readonly missing: number;
  readonly actionFields: readonly ActionFieldRef[];
}) => {
  const m = useMessages(recommendationMessages);
  const a = useMessages(actionMessages);
  const [, navigate] = useLocation();
  const options = useActionFieldChoices();
  const [content, setContent] = useState({ title: '', body: '' });
  // Until the user picks, the draft takes the action fields of its suggestions.
  const [picked, setPicked] = useState<string[] | null>(null);
  const [removed, setRemoved] = useState<readonly string[]>([]);
  const [decision, setDecision] = useDecision();
  const [state, run] = useCommand(DraftRecommendation, FIELDS);
  const basisHeading = useRef<HTMLHeadingElement>(null);
  const kept = suggestions.filter((suggestion) => !removed.includes(suggestion.id));
  const actionFieldIds = picked ?? actionFieldsOf(kept);
  const field = draftFields({ value: content, onChange: setContent, state });
  const submit = async () => {
    const result = await run({
      input: {
        title: content.title.trim(),
        body: content.body.trim(),
        actionFieldIds,
        derivedFrom: kept.map((suggestion) => suggestion.id),
        ...decisionInput(decision),
      },
    });
    if (result) navigate(itemPath('Recommendation', result.draftRecommendation.recommendation.id));
  };
  return (
    <form
      className="form"
      // The API names every missing or bad field at once, beside it; the browser only one.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary errors={state.generalErrors} />
      <section aria-labelledby="draft-basis" className="stack">
        <h2 id="draft-basis" ref={basisHeading} tabIndex={-1}>
          {m.derivedFrom}
        </h2>
        {missing > 0 ? (
          <p className="notice notice--warning">{m.suggestionsMissing(missing)}</p>
        ) : null}
        {kept.length === 0 ? (
          <p className="meta">{m.derivedFromNone}</p>
        ) : (
          <ul className="related-list">
            {kept.map((suggestion) => (
              <li key={suggestion.id} className="related-list__item">
                <span>{suggestion.title}</span>
                <StatusBadge kind="Suggestion" status={suggestion.status} />
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => {
                    setRemoved([...removed, suggestion.id]);
                    // The button is gone: keep the keyboard user in the list's place.
                    basisHeading.current?.focus();
                  }}
                >
                  {m.remove}
                  <span className="visually-hidden"> {a.named(suggestion.title)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <TextField {...field('title', a.title)} required />
      <TextArea {...field('body', a.body)} required rows={8} />
      <CheckboxGroup
        required
        legend={a.actionFields}
        options={options(actionFields)}
        selected={actionFieldIds}
        onChange={setPicked}
        error={state.errorFor('actionFieldIds', a.actionFields)}
      />
      <DecisionFields
        value={decision}
        onChange={setDecision}
        state={state}
        reasonRequired={false}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.pending}>
          {m.createDraft}
        </button>
      </div>
    </form>
  );
};
