import {
  AGGREGATE_KINDS,
  AGGREGATES,
  type AggregateKind,
  KIND_LABELS,
  ROLE_LABELS,
  ROLES,
  type Role,
  STATUS_LABELS,
  USER_EVENT_TYPES,
} from '@fahrplan/domain';
import { PERSONAL_DATA_ERASED } from '../../privacy/erase.js';
import { builder } from '../builder.js';

/**
 * The closed sets of the contract as GraphQL enums, derived from the domain's own definitions
 * (its label tables and type lists), so a new status or event type shows up here by itself.
 *
 * Their values are the domain's machine values (`in_review`, `RecommendationAdopted`, `team`),
 * not SCREAMING_CASE: these fields were strings before, and a client that compares
 * `status === 'adopted'` keeps working; only the GraphQL type became precise.
 */

const describe = (label: { de: string; en: string }) => `${label.en} (${label.de}).`;

/** The enum of one kind's statuses, e.g. `RecommendationStatus`. */
const statusEnumOf = (kind: AggregateKind) =>
  builder.enumType(`${kind}Status`, {
    description: `The lifecycle status of \`${kind}\` items (${KIND_LABELS[kind].de}); \`statusLabel\` gives it in words.`,
    values: Object.fromEntries(
      Object.entries(STATUS_LABELS[kind]).map(([status, label]) => [
        status,
        { value: status, description: describe(label) },
      ]),
    ),
  });

/** Every kind's status enum: `RecommendationStatus`, `MeasureStatus`, … */
export const STATUS_ENUMS = Object.fromEntries(
  AGGREGATE_KINDS.map((kind) => [kind, statusEnumOf(kind)]),
) as Record<AggregateKind, ReturnType<typeof statusEnumOf>>;

export const RoleEnum = builder.enumType('Role', {
  description: 'The role a token acts in (every token has exactly one).',
  values: Object.fromEntries(
    ROLES.map((role) => [role, { value: role, description: describe(ROLE_LABELS[role]) }]),
  ) as Record<Role, { value: Role; description: string }>,
});

/** A role as recorded in an event's metadata, where it is one (older or foreign events: null). */
export const roleOf = (role: unknown): Role | null =>
  (ROLES as readonly unknown[]).includes(role) ? (role as Role) : null;

export const EventTypeEnum = builder.enumType('EventType', {
  description:
    'The type of a domain event, e.g. `RecommendationAdopted`: the same names as in the feed, the history and the event store.',
  values: {
    ...Object.fromEntries(
      AGGREGATE_KINDS.flatMap((kind) =>
        AGGREGATES[kind].eventTypes.map((type) => [
          type,
          { value: type, description: `An event of a \`${kind}\`.` },
        ]),
      ),
    ),
    ...Object.fromEntries(
      USER_EVENT_TYPES.map((type) => [
        type,
        { value: type, description: 'An event of a user: who may sign in, with which roles.' },
      ]),
    ),
    [PERSONAL_DATA_ERASED]: {
      value: PERSONAL_DATA_ERASED,
      description:
        'A subject’s personal data was erased (an event of the subject, not of an item).',
    },
  } as Record<string, { value: string; description: string }>,
});

export const TamperKindEnum = builder.enumType('TamperKind', {
  description: 'How the event log departs from its hash chain.',
  values: {
    altered: { description: 'An event was edited or reordered.' },
    missing: { description: 'An event was deleted.' },
    gap: { description: 'Positions are missing from the sequence.' },
    unchained: { description: 'An event was slipped in outside the chain.' },
  } as const,
});

/** The event types asked for by `eventTypes` and the string `types` it replaces (any of them). */
export const eventTypesOf = (filter: {
  readonly types?: readonly string[] | null;
  readonly eventTypes?: readonly string[] | null;
}): string[] | undefined => {
  const types = [...(filter.types ?? []), ...(filter.eventTypes ?? [])];
  return types.length > 0 ? types : undefined;
};
