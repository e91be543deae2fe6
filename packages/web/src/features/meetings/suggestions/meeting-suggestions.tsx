import { useState } from 'react';
import { Link } from 'wouter';
import { itemPath } from '../../../app/paths.js';
import { useHrefWithAsOf } from '../../../as-of/as-of.js';
import { useFormat, useMessages } from '../../../i18n/i18n.js';
import { useSectorLabel } from '../../../shared/options.js';
import { Empty } from '../../../ui/feedback.js';
import { Section } from '../../../ui/page.js';
import { StatusBadge } from '../../../ui/status-badge.js';
import type { SuggestionRow } from './fragments.js';
import { suggestionMessages } from './messages.js';

/** A declined suggestion must be reopened before a recommendation can take it up. */
const isSelectable = (suggestion: SuggestionRow) => suggestion.status !== 'declined';

const DraftFromSelection = ({ selected }: { selected: readonly string[] }) => {
  const m = useMessages(suggestionMessages);
  if (selected.length === 0) {
    return (
      <button type="button" className="button button--small" disabled>
        {m.draftFromSelection(0)}
      </button>
    );
  }
  const ids = selected.map(encodeURIComponent).join(',');
  return (
    <Link
      href={`/recommendations/new?from=${ids}`}
      className="button button--small button--primary"
    >
      {m.draftFromSelection(selected.length)}
    </Link>
  );
};

const SuggestionItem = ({
  suggestion,
  selectable,
  selected,
  onSelect,
}: {
  readonly suggestion: SuggestionRow;
  readonly selectable: boolean;
  readonly selected: boolean;
  readonly onSelect: ((selected: boolean) => void) | null;
}) => {
  const m = useMessages(suggestionMessages);
  const format = useFormat();
  const href = useHrefWithAsOf();
  const sectorLabel = useSectorLabel();
  return (
    <li className="card suggestion-item">
      {onSelect ? (
        <input
          type="checkbox"
          className="suggestion-item__select"
          aria-label={m.select(suggestion.title)}
          checked={selected}
          disabled={!selectable}
          onChange={(event) => onSelect(event.target.checked)}
        />
      ) : null}
      <div className="suggestion-item__body">
        <h3>
          <Link href={href(itemPath('Suggestion', suggestion.id))}>{suggestion.title}</Link>
        </h3>
        <p className="meta row">
          <StatusBadge kind="Suggestion" status={suggestion.status} />
          <span>{sectorLabel(suggestion.sector)}</span>
          <span>{m.raisedOn(format.moment(suggestion.capturedAt))}</span>
        </p>
        {suggestion.text !== suggestion.title ? <p>{suggestion.text}</p> : null}
      </div>
    </li>
  );
};

/**
 * The suggestions raised at a meeting, newest first. The team picks several and drafts a
 * recommendation from them (on the recommendations' form).
 */
export const MeetingSuggestions = ({
  suggestions,
  hasMore,
  canDraft,
}: {
  readonly suggestions: readonly SuggestionRow[];
  readonly hasMore: boolean;
  readonly canDraft: boolean;
}) => {
  const m = useMessages(suggestionMessages);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const present = selected.filter((id) =>
    suggestions.some((suggestion) => suggestion.id === id && isSelectable(suggestion)),
  );
  const select = (id: string) => (checked: boolean) =>
    setSelected((current) =>
      checked ? [...current, id] : current.filter((selectedId) => selectedId !== id),
    );
  return (
    <Section
      id="meeting-suggestions"
      title={m.listTitle(suggestions.length)}
      actions={
        canDraft && suggestions.length > 0 ? <DraftFromSelection selected={present} /> : null
      }
    >
      {suggestions.length === 0 ? (
        <Empty>{m.none}</Empty>
      ) : (
        <ul className="suggestion-list long-list">
          {suggestions.map((suggestion) => (
            <SuggestionItem
              key={suggestion.id}
              suggestion={suggestion}
              selectable={isSelectable(suggestion)}
              selected={present.includes(suggestion.id)}
              onSelect={canDraft ? select(suggestion.id) : null}
            />
          ))}
        </ul>
      )}
      {hasMore ? <p className="meta">{m.more}</p> : null}
    </Section>
  );
};
