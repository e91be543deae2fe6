import {
  type LocalizedMessage,
  meetingKindLabels,
  partnerRoleLabels,
  sectorLabels,
  suggestionChannelLabels,
} from '@fahrplan/domain';
import { useCallback, useMemo } from 'react';
import { graphql, type ResultOf } from '../graphql/graphql.js';
import { useFormat, useLabel } from '../i18n/i18n.js';
import type { Option } from '../ui/fields.js';
import { useActionFieldName } from './action-fields.js';

/*
 * Choices the forms of meetings, suggestions and project ideas share: the API's enums (typed
 * against the schema, so a renamed value fails tsc) with the domain's labels.
 */

export type Sector = ReturnType<typeof graphql.scalar<'Sector'>>;
export type MeetingKind = ReturnType<typeof graphql.scalar<'MeetingKind'>>;
export type PartnerRole = ReturnType<typeof graphql.scalar<'PartnerRole'>>;
export type SuggestionChannel = ReturnType<typeof graphql.scalar<'SuggestionChannel'>>;

export const SECTORS: readonly Sector[] = ['INDUSTRY', 'SCIENCE', 'SOCIETY', 'ADMINISTRATION'];
export const MEETING_KINDS: readonly MeetingKind[] = ['WORKSHOP', 'TALK', 'CONFERENCE', 'OTHER'];
export const PARTNER_ROLES: readonly PartnerRole[] = ['LEAD', 'PARTNER', 'ASSOCIATE'];

const lower = <T extends string>(value: T): Lowercase<T> => value.toLowerCase() as Lowercase<T>;

export const isSector = (value: string): value is Sector =>
  (SECTORS as readonly string[]).includes(value);
export const isMeetingKind = (value: string): value is MeetingKind =>
  (MEETING_KINDS as readonly string[]).includes(value);
export const isPartnerRole = (value: string): value is PartnerRole =>
  (PARTNER_ROLES as readonly string[]).includes(value);

/** The domain's labels of an API enum, keyed by the value in lower case (`industry`). */
type EnumLabels<Value extends string> = Readonly<Record<Lowercase<Value>, LocalizedMessage>>;

/** An API enum value's label in the user's language; the value itself where none is known. */
const useEnumLabel = <Value extends string>(labels: EnumLabels<Value>) => {
  const label = useLabel();
  return useCallback((value: Value) => label(labels[lower(value)], value), [label, labels]);
};

/** The choices of an API enum, in the given order, with their labels. */
const useEnumOptions = <Value extends string>(
  values: readonly Value[],
  labels: EnumLabels<Value>,
): Option[] => {
  const valueLabel = useEnumLabel(labels);
  return useMemo(
    () => values.map((value) => ({ value, label: valueLabel(value) })),
    [values, valueLabel],
  );
};

export const useSectorLabel = () => useEnumLabel<Sector>(sectorLabels);
export const useSectorOptions = (): Option[] => useEnumOptions(SECTORS, sectorLabels);
export const useChannelLabel = () => useEnumLabel<SuggestionChannel>(suggestionChannelLabels);
export const usePartnerRoleLabel = () => useEnumLabel<PartnerRole>(partnerRoleLabels);
export const usePartnerRoleOptions = (): Option[] =>
  useEnumOptions(PARTNER_ROLES, partnerRoleLabels);
export const useKindLabel = () => useEnumLabel<MeetingKind>(meetingKindLabels);
export const useKindOptions = (): Option[] => useEnumOptions(MEETING_KINDS, meetingKindLabels);

/** An action field as lists and forms need it. */
export const ActionFieldOption = graphql(`
  fragment ActionFieldOption on ActionField @_unmask {
    id
    key
    title
    status
  }
`);

export type ActionFieldOptionData = ResultOf<typeof ActionFieldOption>;

const NONE: readonly string[] = [];

/** Whether two choices of action fields are the same, in whatever order: revisions send only changes. */
export const sameActionFields = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Active action fields to choose from, plus any retired one the item still names. */
export const useActionFieldOptions = (
  fields: readonly ActionFieldOptionData[],
  selected: readonly string[] = NONE,
): Option[] => {
  const name = useActionFieldName();
  return useMemo(
    () =>
      fields
        .filter((field) => field.status === 'active' || selected.includes(field.id))
        .map((field) => ({ value: field.id, label: name(field) })),
    [fields, selected, name],
  );
};

/** A meeting's own date: the calendar day it names, wherever the reader is. */
export const useMeetingDate = () => {
  const format = useFormat();
  return useCallback((value: string) => format.date(value), [format]);
};
