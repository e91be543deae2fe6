import { useFormat, useMessages } from '../../i18n/i18n.js';
import { dayOf } from '../roadmap/timeline.js';
import { measureMessages } from './messages.js';

/** A calendar day in the user's format, whatever time of day the API attached to it. */
export const useDayFormat = (): ((value: string) => string) => {
  const format = useFormat();
  return (value) => format.shortDate(`${dayOf(value)}T12:00:00`);
};

/** A planned period ("01.01.2019 – 31.12.2030"), saying plainly when an end is open. */
export const Period = ({
  start,
  end,
}: {
  readonly start: string | null;
  readonly end: string | null;
}) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  if (start && end) return <>{m.period(day(start), day(end))}</>;
  if (start) return <>{m.periodFrom(day(start))}</>;
  if (end) return <>{m.periodUntil(day(end))}</>;
  return <>{m.periodNone}</>;
};
