import { badInput, DomainError, type LocalizedMessage } from './errors.js';
import type { CommandMetadata, Evidence } from './types.js';

export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;
export const REASON_MAX = 2_000;
export const NAME_MAX = 200;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const isFieldInput = (error: DomainError): boolean =>
  error.code === 'BAD_USER_INPUT' && error.field !== undefined;

/**
 * The first error of several checks, or undefined when all pass. Where it is bad input in a
 * field, it carries the other fields' input errors too (`fieldErrors`), so all are told at once.
 */
export const firstError = (
  ...checks: readonly (DomainError | undefined)[]
): DomainError | undefined => {
  const failed = checks.filter((check): check is DomainError => check !== undefined);
  const [first] = failed;
  if (!first || !isFieldInput(first)) return first;
  const seen = new Set([first.field]);
  const also = [...first.fieldErrors.slice(1), ...failed.slice(1).flatMap((e) => e.fieldErrors)]
    .filter((error) => isFieldInput(error) && !seen.has(error.field))
    .filter((error) => seen.add(error.field));
  if (also.length === first.fieldErrors.length - 1) return first;
  return new DomainError(first.code, first.messages, {
    ...(first.field === undefined ? {} : { field: first.field }),
    details: { ...first.details },
    also,
  });
};

/** A required (or optional) text with a maximum length; blank counts as missing. */
export const checkText = (
  field: string,
  value: string | undefined,
  options: { max: number; required?: boolean },
): DomainError | undefined => {
  if (value === undefined || value.trim() === '') {
    return options.required === false
      ? undefined
      : badInput(field, `„${field}“ darf nicht leer sein.`, `"${field}" must not be empty.`);
  }
  if (value.length > options.max) {
    return badInput(
      field,
      `„${field}“ ist zu lang (höchstens ${options.max} Zeichen, ${value.length} angegeben).`,
      `"${field}" is too long (at most ${options.max} characters, got ${value.length}).`,
    );
  }
  return undefined;
};

/** A blank optional text counts as none. */
export const textOrNothing = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;

export const checkTitle = (field: string, value: string | undefined) =>
  checkText(field, value, { max: TITLE_MAX });

export const checkBody = (field: string, value: string | undefined, required = true) =>
  checkText(field, value, { max: BODY_MAX, required });

/** A value must be one of a known set (an enum). */
export const checkOneOf = <T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
): DomainError | undefined =>
  (allowed as readonly string[]).includes(value)
    ? undefined
    : badInput(
        field,
        `„${value}“ ist kein zulässiger Wert für „${field}“ (erlaubt: ${allowed.join(', ')}).`,
        `"${value}" is not a valid value for "${field}" (allowed: ${allowed.join(', ')}).`,
      );

/** Parses as ISO 8601 and names a day that exists (Date.parse rolls 2018-02-30 over to March). */
const isRealDate = (value: string): boolean => {
  if (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day
  );
};

/** An ISO 8601 date or date-time that parses and exists. */
export const checkDate = (field: string, value: string | undefined, required = true) => {
  if (value === undefined) {
    return required ? badInput(field, `„${field}“ fehlt.`, `"${field}" is missing.`) : undefined;
  }
  return isRealDate(value)
    ? undefined
    : badInput(
        field,
        `„${value}“ ist kein gültiges Datum (ISO 8601).`,
        `"${value}" is not a valid date (ISO 8601).`,
      );
};

/** An integer within bounds (progress 0–100, a version ≥ 0). */
export const checkIntegerInRange = (
  field: string,
  value: number,
  min: number,
  max: number,
): DomainError | undefined =>
  Number.isInteger(value) && value >= min && value <= max
    ? undefined
    : badInput(
        field,
        `„${field}“ muss eine ganze Zahl von ${min} bis ${max} sein.`,
        `"${field}" must be an integer from ${min} to ${max}.`,
      );

/** A measured figure: any finite number (a share, a count, tonnes of CO₂). */
export const checkFiniteNumber = (field: string, value: number): DomainError | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? undefined
    : badInput(field, `„${field}“ muss eine Zahl sein.`, `"${field}" must be a number.`);

/** Evidence is required: at least one item (a document, a link, a meeting). */
export const checkEvidenceGiven = (metadata: CommandMetadata): DomainError | undefined =>
  (metadata.evidence ?? []).length > 0
    ? undefined
    : badInput(
        'evidence',
        'Ein Beleg ist erforderlich (Dokument, Link oder Veranstaltung).',
        'Evidence is required (a document, a link or a meeting).',
      );

/** Every status change that ends or refuses something must say why. */
export const checkReason = (metadata: CommandMetadata): DomainError | undefined =>
  metadata.reason === undefined || metadata.reason.trim() === ''
    ? badInput('reason', 'Eine Begründung ist erforderlich.', 'A reason is required.')
    : checkText('reason', metadata.reason, { max: REASON_MAX });

const checkEvidence = (evidence: readonly Evidence[] | undefined): DomainError | undefined => {
  for (const [index, item] of (evidence ?? []).entries()) {
    const field = `evidence.${index}`;
    if (item.url === undefined && item.document === undefined && item.meetingId === undefined) {
      return badInput(
        field,
        'Ein Beleg braucht eine URL, ein Dokument oder eine Veranstaltung.',
        'Evidence needs a URL, a document or a meeting.',
      );
    }
    if (item.url !== undefined && !/^https?:\/\/\S+$/.test(item.url)) {
      return badInput(`${field}.url`, 'Die URL ist ungültig.', 'The URL is not valid.');
    }
    const tooLong = firstError(
      checkText(`${field}.document`, item.document, { max: TITLE_MAX, required: false }),
      checkText(`${field}.note`, item.note, { max: REASON_MAX, required: false }),
    );
    if (tooLong) return tooLong;
  }
  return undefined;
};

/**
 * When the event happened: the command's `occurredAt` (a 2017 workshop entered today keeps its
 * date) or `now`. It is never in the future. Also validates reason length and evidence.
 */
export const resolveOccurredAt = (metadata: CommandMetadata): string | DomainError => {
  const occurredAt = metadata.occurredAt ?? metadata.now;
  const invalid = firstError(
    checkDate('occurredAt', occurredAt),
    checkText('reason', metadata.reason, { max: REASON_MAX, required: false }),
    checkEvidence(metadata.evidence),
  );
  if (invalid) return invalid;
  if (Date.parse(occurredAt) > Date.parse(metadata.now)) {
    return badInput(
      'occurredAt',
      'Der Zeitpunkt darf nicht in der Zukunft liegen.',
      'occurredAt must not be in the future.',
    );
  }
  return new Date(Date.parse(occurredAt)).toISOString();
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A slug, URL-safe: lower-case letters, digits, single inner hyphens, at most `max` long. The
 * refusal names what it is not (`kein gültiges Kürzel` / `a valid key`) and shows `example`.
 */
export const checkSlugText = (
  field: string,
  value: string,
  { max, notA, example }: { max: number; notA: LocalizedMessage; example: string },
): DomainError | undefined => {
  const missingOrLong = checkText(field, value, { max });
  if (missingOrLong) return missingOrLong;
  return SLUG.test(value)
    ? undefined
    : badInput(
        field,
        `„${value}“ ist ${notA.de}: nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „${example}“.`,
        `"${value}" is not ${notA.en}: lower-case letters, digits and hyphens only, e.g. "${example}".`,
      );
};
