import type { AggregateKind } from '@fahrplan/domain';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { itemPath } from '../app/paths.js';
import { useHrefWithAsOf } from '../as-of/as-of.js';
import { Empty } from '../ui/feedback.js';
import { StatusBadge } from '../ui/status-badge.js';

export interface RelatedItem {
  readonly id: string;
  readonly title: string;
  readonly status: string;
}

/** Items linked to this one, each a link with its status and, where allowed, an action. */
export const RelatedList = ({
  kind,
  items,
  empty,
  action,
}: {
  readonly kind: AggregateKind;
  readonly items: readonly RelatedItem[];
  readonly empty?: string;
  readonly action?: (item: RelatedItem) => ReactNode;
}) => {
  const href = useHrefWithAsOf();
  if (items.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="related-list">
      {items.map((item) => (
        <li key={item.id} className="related-list__item">
          <Link href={href(itemPath(kind, item.id))}>{item.title}</Link>
          <StatusBadge kind={kind} status={item.status} />
          {action ? action(item) : null}
        </li>
      ))}
    </ul>
  );
};
