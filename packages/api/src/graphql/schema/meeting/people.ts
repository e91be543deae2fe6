import type { ItemRow } from '../../../queries/items.js';
import { type PersonalRecord, personalDataOf } from '../../../queries/personal-data.js';
import type { GraphQLContext } from '../../context.js';
import { canSeePersonalData } from '../../visibility.js';

// Shared by meetings' participants and suggestions' submitters: personal data never lives in
// state; it is read beside the events and shown only to those who may see it.

/** A person's details as one caller may see them: null unless allowed, null once erased. */
export interface PersonShape {
  readonly subjectId: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly organisation: string | null;
  readonly erased: boolean;
}

/** Shapes what is known of a subject for this caller; details only for those who may see them. */
export const personOf = (
  subjectId: string,
  record: PersonalRecord | undefined,
  visible: boolean,
): PersonShape => {
  const details = visible && record && !record.erased ? record : undefined;
  return {
    subjectId,
    name: details?.name ?? null,
    email: details?.email ?? null,
    organisation: details?.organisation ?? null,
    erased: record?.erased ?? false,
  };
};

/** The people behind one item, read once; partners never get their details. */
export const peopleOf = async (
  context: GraphQLContext,
  row: ItemRow,
  subjectIds: readonly string[],
): Promise<PersonShape[]> => {
  if (subjectIds.length === 0) return [];
  const records = await personalDataOf(context.database, row.kind, row.id);
  const visible = await canSeePersonalData(context, row.id);
  return subjectIds.map((subjectId) => personOf(subjectId, records.get(subjectId), visible));
};
