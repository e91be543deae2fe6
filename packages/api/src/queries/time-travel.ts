import { type SQL, sql } from 'drizzle-orm';

/** A moment to look at: by when it was recorded in Fahrplan, or when it happened. */
export interface TimeTravel {
  readonly at: string;
  readonly by: 'recorded' | 'occurred';
}

/**
 * Which rows of `item_versions` (alias `v`) were valid at the moment. Current rows when no moment
 * is given; by recorded time through the validity range; by occurrence time the latest version
 * that had happened by then.
 */
export const validAt = (asOf: TimeTravel | undefined): SQL => {
  if (!asOf) return sql`v.valid_to IS NULL`;
  if (asOf.by === 'recorded') {
    return sql`v.valid_from <= ${asOf.at}::timestamptz
      AND (v.valid_to IS NULL OR v.valid_to > ${asOf.at}::timestamptz)`;
  }
  return sql`v.version = (SELECT max(o.version) FROM item_versions o
      WHERE o.kind = v.kind AND o.id = v.id AND o.occurred_at <= ${asOf.at}::timestamptz)`;
};
