/**
 * The reference date a reported figure starts with: the open cycle's deadline, or today while
 * the deadline lies ahead (a value may not refer to a day after it is reported). Calendar
 * dates as ISO strings compare as text.
 */
export const defaultReferenceDate = (deadline: string | undefined, today: string): string =>
  deadline !== undefined && deadline.localeCompare(today) < 0 ? deadline : today;
