/** Today as YYYY-MM-DD in the user's time zone: the default and maximum of "when" inputs. */
export const today = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/**
 * `occurredAt` from a date input: none for today (the API then takes "now", which a bare date
 * of today could overshoot in time zones east of UTC), else the day itself.
 */
export const occurredAtInput = (date: string): { occurredAt?: string } =>
  date && date !== today() ? { occurredAt: date } : {};
