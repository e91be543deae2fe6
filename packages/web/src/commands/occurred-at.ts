/**
 * `occurredAt` from a date input: none for `today` (the installation's; the API then takes
 * "now", which a bare date of today could overshoot east of UTC), else the day itself.
 */
export const occurredAtInput = (date: string, today: string): { occurredAt?: string } =>
  date && date !== today ? { occurredAt: date } : {};
