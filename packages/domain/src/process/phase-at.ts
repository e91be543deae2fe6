import type { CalendarDate } from '../shared/index.js';
import type { ProcessPhase } from './state.js';

/**
 * The phase a day fell in: a phase covers the days from its real start (else its planned start)
 * to its real close (else its planned end, else open). Where phases overlap (workshops still run
 * while prioritising starts), the one that began last is the phase the day belongs to.
 */
export const phaseAt = (
  phases: readonly ProcessPhase[],
  day: CalendarDate,
): ProcessPhase | undefined => {
  let found: { phase: ProcessPhase; start: CalendarDate } | undefined;
  for (const phase of phases) {
    const start = phase.startedOn ?? phase.plannedStart;
    const end = phase.closedOn ?? (phase.status === 'running' ? undefined : phase.plannedEnd);
    if (day < start || (end !== undefined && day > end)) continue;
    if (!found || start >= found.start) found = { phase, start };
  }
  return found?.phase;
};
