import { useFormat, useMessages } from '../../i18n/i18n.js';
import { measureShownMessages } from './messages.js';

/** A calendar date, or the installation's day of an instant, as 07.03.2017. */
export const useDayFormat = (): ((value: string) => string) => useFormat().shortDate;

/** A planned period ("01.01.2019 – 31.12.2030"), saying plainly when an end is open. */
export const Period = ({
  start,
  end,
}: {
  readonly start: string | null;
  readonly end: string | null;
}) => {
  const m = useMessages(measureShownMessages);
  const day = useDayFormat();
  if (start && end) return <>{m.period(day(start), day(end))}</>;
  if (start) return <>{m.periodFrom(day(start))}</>;
  if (end) return <>{m.periodUntil(day(end))}</>;
  return <>{m.periodNone}</>;
};
