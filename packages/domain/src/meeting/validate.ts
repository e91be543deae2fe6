import {
  badInput,
  checkIntegerInRange,
  checkOneOf,
  checkText,
  type DomainError,
  firstError,
  NAME_MAX,
  SECTORS,
  type Sector,
  TITLE_MAX,
} from '../shared/index.js';
import type { ParticipantCountsInput } from './commands.js';
import type { ParticipantCounts } from './events.js';

const ID_MAX = 200;
const EMAIL_MAX = 254;
/** More than any hall in Saxony holds; guards against typos, not a business rule. */
export const PARTICIPANTS_MAX = 100_000;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Ids are made by the API; this only guards against an empty or absurd one. */
export const checkId = (field: string, id: string): DomainError | undefined =>
  checkText(field, id, { max: ID_MAX });

export const checkPlace = (place: string): DomainError | undefined =>
  checkText('place', place, { max: TITLE_MAX });

/** Each id once, none blank; whether they exist the API checks through `referencesOf`. */
export const checkIdList = (field: string, ids: readonly string[]): DomainError | undefined =>
  firstError(
    ...ids.map((id, index) =>
      ids.indexOf(id) === index
        ? checkId(`${field}.${index}`, id)
        : badInput(
            `${field}.${index}`,
            `„${id}“ ist doppelt angegeben.`,
            `"${id}" is given more than once.`,
          ),
    ),
  );

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

export const checkEmail = (field: string, email: string | undefined): DomainError | undefined => {
  // A blank field in a form means no address.
  if (email === undefined || email.trim() === '') return undefined;
  return email.length <= EMAIL_MAX && EMAIL.test(email)
    ? undefined
    : badInput(
        field,
        `„${email}“ ist keine gültige E-Mail-Adresse.`,
        `"${email}" is not a valid e-mail address.`,
      );
};

export const checkPerson = (
  prefix: string,
  person: { subjectId: string; name: string; email?: string; organisation?: string },
): DomainError | undefined =>
  firstError(
    checkId(`${prefix}subjectId`, person.subjectId),
    checkText(`${prefix}name`, person.name, { max: NAME_MAX }),
    checkEmail(`${prefix}email`, person.email),
    checkText(`${prefix}organisation`, person.organisation, { max: TITLE_MAX, required: false }),
  );
