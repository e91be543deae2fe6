import {
  checkIntegerInRange,
  checkOneOf,
  checkText,
  type DomainError,
  firstError,
  SECTORS,
  type Sector,
  TITLE_MAX,
} from '../shared/index.js';
import type { ParticipantCountsInput } from './commands.js';
import type { ParticipantCounts } from './events.js';

/** More than any hall in Saxony holds; guards against typos, not a business rule. */
const PARTICIPANTS_MAX = 100_000;

export const checkPlace = (place: string): DomainError | undefined =>
  checkText('place', place, { max: TITLE_MAX });

export const checkCounts = (counts: ParticipantCountsInput): DomainError | undefined =>
  firstError(
    ...Object.entries(counts).map(([sector, count]) =>
      firstError(
        checkOneOf('participantsBySector', sector, SECTORS),
        count === undefined
          ? undefined
          : checkIntegerInRange(`participantsBySector.${sector}`, count, 0, PARTICIPANTS_MAX),
      ),
    ),
  );

/** The counts after applying the given ones; a sector left out keeps its count. */
export const mergeCounts = (
  current: ParticipantCounts,
  given: ParticipantCountsInput,
): ParticipantCounts => {
  const pick = (sector: Sector) => given[sector] ?? current[sector];
  return {
    industry: pick('industry'),
    science: pick('science'),
    society: pick('society'),
    administration: pick('administration'),
  };
};
