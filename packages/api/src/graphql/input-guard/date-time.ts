import { GraphQLError } from 'graphql';

/**
 * The supported range of a DateTime: from 1900 (nothing Fahrplan records is older) to the end
 * of year 9999 (ISO 8601's four-digit years). PostgreSQL's timestamptz and JavaScript's Date
 * both hold every instant in it; year 0 or 275760 would break one or the other.
 */
const DATE_TIME_MIN = '1900-01-01T00:00:00.000Z';
const DATE_TIME_MAX = '9999-12-31T23:59:59.999Z';

const EARLIEST = Date.parse(DATE_TIME_MIN);
const LATEST = Date.parse(DATE_TIME_MAX);

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):(\d{2})))?$/;

const daysIn = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const refuse = (value: unknown, why: string): GraphQLError =>
  new GraphQLError(`DateTime ${why}, got ${JSON.stringify(value)?.slice(0, 100)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/**
 * A DateTime as given (ISO 8601 date-time with zone, or a bare date meaning midnight UTC),
 * checked strictly — 30 February or hour 24 are refused, never rolled over as Date.parse does —
 * and returned as the UTC instant.
 */
export const parseDateTime = (value: unknown): string => {
  const parts = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!parts) {
    throw refuse(value, 'must be an ISO 8601 date or date-time with time zone');
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const [offsetHours = 0, offsetMinutes = 0] = [parts[8], parts[9]].map((part) =>
    part === undefined ? undefined : Number(part),
  ) as number[];
  const valid =
    month !== undefined &&
    year !== undefined &&
    day !== undefined &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!valid) throw refuse(value, 'is not a valid calendar date and time');
  const instant = new Date(Date.parse(value as string));
  if (Number.isNaN(instant.getTime())) throw refuse(value, 'is not a valid date and time');
  if (instant.getTime() < EARLIEST || instant.getTime() > LATEST) {
    throw refuse(value, `must lie between ${DATE_TIME_MIN} and ${DATE_TIME_MAX}`);
  }
  return instant.toISOString();
};
