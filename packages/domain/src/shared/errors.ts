/** Stable error codes shared by the domain, the API and its clients. */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'INVALID_TRANSITION'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT';

/** A message in both languages of the app: German first. */
export interface LocalizedMessage {
  readonly de: string;
  readonly en: string;
}

/**
 * An expected failure of a command: bad input, an illegal transition, a missing permission.
 * It carries no HTTP or GraphQL detail; the API translates it once, at its edge.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** The offending input field (dot path into the command's data), if one is to blame. */
  readonly field: string | undefined;
  readonly messages: LocalizedMessage;
  readonly details: Readonly<Record<string, unknown>>;
  /**
   * Every bad input field found with this one, itself first: a form shows them all at once
   * instead of one per attempt. Just this error when it stands alone.
   */
  readonly fieldErrors: readonly DomainError[];

  constructor(
    code: DomainErrorCode,
    messages: LocalizedMessage,
    options: {
      field?: string;
      details?: Record<string, unknown>;
      also?: readonly DomainError[];
    } = {},
  ) {
    super(messages.en);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
    this.messages = messages;
    this.details = options.details ?? {};
    this.fieldErrors = [this, ...(options.also ?? [])];
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;

export const badInput = (field: string, de: string, en: string): DomainError =>
  new DomainError('BAD_USER_INPUT', { de, en }, { field });

/** The command clashes with what exists: an id taken, a link already made. */
export const conflict = (field: string, de: string, en: string): DomainError =>
  new DomainError('CONFLICT', { de, en }, { field });

/** A create command for a taken id; `what` names the item, e.g. `{ de: 'Die Leitlinie', en: 'Guideline' }`. */
export const alreadyExists = (field: string, id: string, what: LocalizedMessage): DomainError =>
  conflict(field, `${what.de} „${id}“ gibt es bereits.`, `${what.en} "${id}" already exists.`);

/** An edit that would change nothing; `unchanged` says what stayed the same. */
export const nothingToChange = (
  unchanged: LocalizedMessage = {
    de: 'alle Angaben sind unverändert',
    en: 'every field is unchanged',
  },
): DomainError =>
  new DomainError('BAD_USER_INPUT', {
    de: `Die Änderung ändert nichts: ${unchanged.de}.`,
    en: `Nothing to change: ${unchanged.en}.`,
  });

export const invalidTransition = (from: string, commandType: string): DomainError =>
  new DomainError(
    'INVALID_TRANSITION',
    {
      de: `„${commandType}“ ist im Status „${from}“ nicht möglich.`,
      en: `${commandType} is not allowed in status "${from}".`,
    },
    { details: { from, command: commandType } },
  );

export const notFound = (field: string, id: string): DomainError =>
  new DomainError(
    'NOT_FOUND',
    { de: `Kein Eintrag mit der ID „${id}“.`, en: `Nothing found with id "${id}".` },
    { field, details: { id } },
  );
