import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import type { ResultOf } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { ActionFieldNames } from '../../shared/action-fields.js';
import type { RecommendationCardFields } from './card-fields.js';
import { recommendationMessages } from './messages.js';
import { usePriorityLabel } from './priority.js';

export type Card = ResultOf<typeof RecommendationCardFields>;

/** A recommendation on the board: title (the link), action fields, priority, guidelines. */
export const RecommendationCard = ({ card }: { card: Card }) => {
  const m = useMessages(recommendationMessages);
  const href = useHrefWithAsOf();
  const priorityLabel = usePriorityLabel();
  return (
    <article className="card board-card">
      <h3>
        <Link href={href(itemPath('Recommendation', card.id))}>{card.title}</Link>
      </h3>
      <dl className="board-card__facts meta">
        <div>
          <dt className="visually-hidden">{m.actionFields}</dt>
          <dd>
            <ActionFieldNames fields={card.actionFields} />
          </dd>
        </div>
        {card.priority ? (
          <div>
            <dt>{m.priority}</dt>
            <dd>
              <span className={`priority priority--${card.priority.toLowerCase()}`}>
                {priorityLabel(card.priority)}
              </span>
            </dd>
          </div>
        ) : null}
        {card.guidelines.length > 0 ? (
          <div>
            <dt>{m.guidelines}</dt>
            <dd>{card.guidelines.map((guideline) => guideline.title).join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
};
