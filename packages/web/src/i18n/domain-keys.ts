import { type AggregateKind, KIND_LABELS, ROLE_LABELS, type Role } from '@fahrplan/domain';

/** The API sends kinds and roles as strings; these narrow them to the domain's labelled keys. */
export const isKind = (kind: string): kind is AggregateKind => Object.hasOwn(KIND_LABELS, kind);

export const isRole = (role: string | null): role is Role =>
  role !== null && Object.hasOwn(ROLE_LABELS, role);
