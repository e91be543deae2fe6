import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { ActionFieldNames } from '../../shared/action-fields.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { useActionLabel } from './action-dialog.js';
import { actionMessages } from './action-messages.js';
import type { HeadAction } from './actions.js';
import { recommendationMessages } from './messages.js';
import { usePriorityLabel } from './priority.js';
import type { Card } from './recommendation-card.js';

export type ReviewItem = Card & {
  readonly version: number;
  readonly updatedAt: string;
  readonly body: string;
};

/** A recommendation awaiting decision: what it says, and the decisions at hand. */
export const ReviewCard = ({
  item,
  actions,
  onOpen,
}: {
  readonly item: ReviewItem;
  readonly actions: readonly HeadAction[];
  readonly onOpen: (action: HeadAction) => void;
}) => {
  const m = useMessages(recommendationMessages);
  const format = useFormat();
  const href = useHrefWithAsOf();
  const priorityLabel = usePriorityLabel();
  const actionLabel = useActionLabel();
  const a = useMessages(actionMessages);
  const target = { priority: item.priority ?? null };
  return (
    <article className="card review-card">
      <h3>
        <Link href={href(itemPath('Recommendation', item.id))}>{item.title}</Link>
      </h3>
      <p className="row meta">
        <StatusBadge kind="Recommendation" status={item.status} />
        {item.priority ? <span>{m.priorityIs(priorityLabel(item.priority))}</span> : null}
        <span>
          <ActionFieldNames fields={item.actionFields} />
        </span>
        <span>{m.changedOn(format.date(item.updatedAt))}</span>
      </p>
      <p className="review-card__body">{item.body}</p>
      {actions.length > 0 ? (
        <div className="row no-print">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'reject' ? 'button button--danger' : 'button'}
              onClick={() => onOpen(action)}
            >
              {actionLabel(action, target)}
              <span className="visually-hidden"> {a.named(item.title)}</span>
            </button>
          ))}
        </div>
      ) : null}
    </article>
  );
};
