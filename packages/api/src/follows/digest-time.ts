import { addDays, calendarDateIn, startOfDayIn } from '@fahrplan/domain';
import type { FollowMode } from './store.js';

/**
 * When a digest collecting something that happened at `instant` is sent: the next midnight
 * (daily) or the next Monday's midnight (weekly) in the installation's time zone, whatever the
 * zone of the machine.
 */
export const digestDueAt = (
  mode: Exclude<FollowMode, 'immediate'>,
  instant: string,
  timeZone: string,
): string => {
  const day = calendarDateIn(instant, timeZone);
  if (mode === 'daily') return startOfDayIn(addDays(day, 1), timeZone);
  // 0 = Monday … 6 = Sunday, of the calendar date itself (no zone involved).
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return startOfDayIn(addDays(day, 7 - weekday), timeZone);
};
