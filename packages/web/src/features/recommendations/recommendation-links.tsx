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

/** A section of related items: the button to add one, and beside each the one to remove it. */
const RelationSection = ({
  title,
  id,
  kind,
  items,
  empty,
  add,
  remove,
  actions,
  onOpen,
}: {
  readonly title: string;
  readonly id: string;
  readonly kind: 'Suggestion' | 'Guideline';
  readonly items: readonly RelatedItem[];
  readonly empty: string;
  readonly add: 'linkSuggestion' | 'assignGuideline';
  readonly remove: 'unlinkSuggestion' | 'unassignGuideline';
  readonly actions: ReadonlySet<RecommendationAction>;
  readonly onOpen: (open: OpenAction) => void;
}) => {
  const a = useMessages(actionMessages);
  return (
    <Section
      title={title}
      id={id}
      actions={
        actions.has(add) ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => onOpen({ action: add })}
          >
            {a[add]}
          </button>
        ) : null
      }
    >
      <RelatedList
        kind={kind}
        items={items}
        empty={empty}
        action={
          actions.has(remove)
            ? (item) => (
                // Says what it removes: the list shows many of them.
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => onOpen({ action: remove, related: item })}
                >
                  {a[remove]}
                  <span className="visually-hidden"> {a.named(item.title)}</span>
                </button>
              )
            : undefined
        }
      />
    </Section>
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
  return (
    <>
      <RelationSection
        title={m.suggestions}
        id="suggestions"
        kind="Suggestion"
        items={suggestions}
        empty={m.noSuggestions}
        add="linkSuggestion"
        remove="unlinkSuggestion"
        actions={actions}
        onOpen={onOpen}
      />
      <RelationSection
        title={m.guidelines}
        id="guidelines"
        kind="Guideline"
        items={guidelines}
        empty={m.noGuidelines}
        add="assignGuideline"
        remove="unassignGuideline"
        actions={actions}
        onOpen={onOpen}
      />
    </>
  );
};
