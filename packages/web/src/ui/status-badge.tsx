import { type AggregateKind, STATUS_LABELS } from '@fahrplan/domain';
import { useLabel } from '../i18n/i18n.js';

/** An item's status as a calm coloured tag; the colour only repeats what the text says. */
export const StatusBadge = ({ kind, status }: { kind: AggregateKind; status: string }) => {
  const label = useLabel();
  return (
    <span className={`badge badge--${status}`}>{label(STATUS_LABELS[kind][status], status)}</span>
  );
};
