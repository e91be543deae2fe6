/** Who may act: the API maps every bearer token to exactly one role. */
export const ROLES = ['team', 'ministry', 'partner', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/**
 * The role a command is issued in: a held role, or `public` — anyone, without an account (a
 * consultation's submissions). `public` is never granted, so no token or session holds it.
 */
export type CommandRole = Role | 'public';

/** Akteursgruppe: where a piece of input comes from. */
export const SECTORS = ['industry', 'science', 'society', 'administration'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * Delivery confidence (Ampel) of a measure, as the UK's delivery-confidence ratings: rated on the
 * measure and in status reports, hence here.
 */
export const CONFIDENCES = ['green', 'amber', 'red'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Evidence for a decision: a source URL, a document reference, or the meeting it was decided at.
 * At least one of the three is set.
 */
export interface Evidence {
  readonly url?: string;
  readonly document?: string;
  readonly meetingId?: string;
  readonly note?: string;
}

/**
 * Personal data of a participant. Events carry only the `subjectId`; the details travel beside
 * the event (see `DomainEvent.personalData`) so they can be erased without touching the hashed log.
 */
export interface PersonalData {
  readonly subjectId: string;
  readonly name?: string;
  readonly email?: string;
  readonly organisation?: string;
}

/**
 * What every command carries besides its data. The composition root fills it: the domain never
 * reads a clock or makes ids.
 */
export interface CommandMetadata {
  /** Who issues the command (a token or user id, never a name). */
  readonly actor: string;
  readonly role: CommandRole;
  /** The current time (ISO 8601), injected by the caller's clock. */
  readonly now: string;
  /**
   * The installation's time zone (IANA, e.g. `Europe/Berlin`): the calendar day an instant falls
   * on, such as the day a recommendation was adopted, is the day there.
   */
  readonly timeZone: string;
  /** When it happened in the real world (ISO 8601); defaults to `now`; never in the future. */
  readonly occurredAt?: string;
  /** Why: required for rejections, withdrawals, declines, cancellations and stops. */
  readonly reason?: string;
  readonly evidence?: readonly Evidence[];
}

export interface Command<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}

export type AnyCommand = Command<string, unknown>;

/**
 * A domain event. `occurredAt` is when it happened (from the command); when it was recorded is
 * set by the event store. `reason` and `evidence` explain status transitions and links.
 */
export interface DomainEvent<Type extends string, Data, Version extends number = 1> {
  readonly type: Type;
  readonly schemaVersion: Version;
  readonly occurredAt: string;
  readonly data: Data;
  readonly reason?: string;
  readonly evidence?: readonly Evidence[];
  /** Personal details kept out of the tamper-evident log, erasable (GDPR). */
  readonly personalData?: readonly PersonalData[];
}

export type AnyDomainEvent = DomainEvent<string, unknown, number>;

/**
 * A runtime list of every member of the union `T` (command and event types, statuses): leaving
 * one out is a compile error that names it.
 * @example export const USER_EVENT_TYPES = everyOf<UserEvent['type']>()(['UserRegistered', …]);
 */
export const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L &
      ([Exclude<T, L[number]>] extends [never]
        ? unknown
        : { readonly missing: Exclude<T, L[number]> }),
  ): L =>
    list;
