import type { Locale } from '../http/locale.js';
import { badArgument } from './errors.js';

/** A time window's bounds: `since` inclusive, `until` exclusive; either may be open. */
export interface TimeWindow {
  readonly since?: string | null;
  readonly until?: string | null;
}

/** BAD_USER_INPUT naming `until` when the window ends before it starts. */
export const checkWindow = ({ since, until }: TimeWindow, locale: Locale): void => {
  if (since && until && Date.parse(until) < Date.parse(since)) {
    throw badArgument(
      'until',
      '„until“ darf nicht vor „since“ liegen.',
      '"until" must not lie before "since".',
      locale,
    );
  }
};
