import {
  type AggregateKind,
  KIND_LABELS,
  ROLE_LABELS,
  type Role,
  STATUS_LABELS,
} from '@fahrplan/domain';

/** The API sends kinds and roles as strings; these narrow them to the domain's labelled keys. */
export const isKind = (kind: string): kind is AggregateKind => Object.hasOwn(KIND_LABELS, kind);

export const isRole = (role: string | null): role is Role =>
  role !== null && Object.hasOwn(ROLE_LABELS, role);

/**
 * A status filter from free text (a URL parameter, a select): the kind's statuses only, so the
 * API's status enum (`MeasureStatus`, …) never sees an unknown value; anything else filters nothing.
 */
export const statusFilterOf = <Status extends string>(
  kind: AggregateKind,
  value: string | null | undefined,
): Status[] | null =>
  value && Object.hasOwn(STATUS_LABELS[kind], value) ? [value as Status] : null;
