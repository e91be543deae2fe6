import { STATUS_LABELS } from '@fahrplan/domain';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import type { BoardColumn as Column } from './board-columns.js';
import { recommendationMessages } from './messages.js';
import { type Card, RecommendationCard } from './recommendation-card.js';

/** One status: its heading with the count, its cards (a long list the browser lays out lazily). */
export const BoardColumn = ({ column }: { column: Column<Card> }) => {
  const m = useMessages(recommendationMessages);
  const label = useLabel();
  const format = useFormat();
  const headingId = `column-${column.status}-title`;
  const title = label(STATUS_LABELS.Recommendation[column.status], column.status);
  return (
    <section className="board__column" id={`column-${column.status}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="board__heading">
        {m.columnLink(title, format.number(column.cards.length))}
      </h2>
      {column.cards.length === 0 ? (
        <p className="meta">{m.columnEmpty}</p>
      ) : (
        <ol className="long-list board__cards">
          {column.cards.map((card) => (
            <li key={card.id}>
              <RecommendationCard card={card} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
