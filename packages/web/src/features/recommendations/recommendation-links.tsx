import { useMessages } from '../../i18n/i18n.js';
import { type RelatedItem, RelatedList } from '../../shared/related-list.js';
import { Section } from '../../ui/page.js';
import type { OpenAction } from './action-dialog.js';
import { useActionLabel } from './action-dialog.js';
import { actionMessages } from './action-messages.js';
import { HEAD_ACTIONS, type RecommendationAction } from './actions.js';
import { recommendationMessages } from './messages.js';
import type { Priority } from './priority.js';

const DANGER: ReadonlySet<RecommendationAction> = new Set(['reject', 'withdraw', 'merge']);

/** The page head's buttons: each opens its action's dialog. */
export const HeadActions = ({
  actions,
  target,
  onOpen,
}: {
  readonly actions: ReadonlySet<RecommendationAction>;
  readonly target: { readonly priority: Priority | null };
  readonly onOpen: (open: OpenAction) => void;
}) => {
  const label = useActionLabel();
  return (
    <>
      {HEAD_ACTIONS.filter((action) => actions.has(action)).map((action) => (
        <button
          key={action}
          type="button"
          className={DANGER.has(action) ? 'button button--danger' : 'button'}
          onClick={() => onOpen({ action })}
        >
          {label(action, target)}
        </button>
      ))}
    </>
  );
};

/** A removal button that says what it removes (the list shows many of them). */
const RemoveButton = ({
  label,
  title,
  onClick,
}: {
  label: string;
  title: string;
  onClick: () => void;
}) => {
  const a = useMessages(actionMessages);
  return (
    <button type="button" className="button button--small button--quiet" onClick={onClick}>
      {label}
      <span className="visually-hidden"> {a.named(title)}</span>
    </button>
  );
};

/** The suggestions it grows from and the guidelines it belongs to, with link actions. */
export const LinkSections = ({
  actions,
  suggestions,
  guidelines,
  onOpen,
}: {
  readonly actions: ReadonlySet<RecommendationAction>;
  readonly suggestions: readonly RelatedItem[];
  readonly guidelines: readonly RelatedItem[];
  readonly onOpen: (open: OpenAction) => void;
}) => {
  const m = useMessages(recommendationMessages);
  const a = useMessages(actionMessages);
  return (
    <>
      <Section
        title={m.suggestions}
        id="suggestions"
        actions={
          actions.has('linkSuggestion') ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => onOpen({ action: 'linkSuggestion' })}
            >
              {a.linkSuggestion}
            </button>
          ) : null
        }
      >
        <RelatedList
          kind="Suggestion"
          items={suggestions}
          empty={m.noSuggestions}
          action={
            actions.has('unlinkSuggestion')
              ? (item) => (
                  <RemoveButton
                    label={a.unlinkSuggestion}
                    title={item.title}
                    onClick={() => onOpen({ action: 'unlinkSuggestion', related: item })}
                  />
                )
              : undefined
          }
        />
      </Section>
      <Section
        title={m.guidelines}
        id="guidelines"
        actions={
          actions.has('assignGuideline') ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => onOpen({ action: 'assignGuideline' })}
            >
              {a.assignGuideline}
            </button>
          ) : null
        }
      >
        <RelatedList
          kind="Guideline"
          items={guidelines}
          empty={m.noGuidelines}
          action={
            actions.has('unassignGuideline')
              ? (item) => (
                  <RemoveButton
                    label={a.unassignGuideline}
                    title={item.title}
                    onClick={() => onOpen({ action: 'unassignGuideline', related: item })}
                  />
                )
              : undefined
          }
        />
      </Section>
    </>
  );
};
