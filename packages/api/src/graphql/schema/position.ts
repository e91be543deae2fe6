import type { Types } from '../builder.js';

/** The keys of `Parent` that hold a global position of the event log (null: not yet known). */
type PositionKey<Parent, Held> = {
  [K in keyof Parent]: Parent[K] extends Held ? K : never;
}[keyof Parent];

type FieldBuilder<Parent> = PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>;

/**
 * A global position of the event log as the schema shows it: a string, since positions may
 * outgrow GraphQL's 32-bit `Int` (as `Event.position` says).
 */
export const positionField = <Parent>(
  t: FieldBuilder<Parent>,
  key: PositionKey<Parent, number>,
  description: string,
) => t.string({ description, resolve: (parent) => String(parent[key]) });

/** A position that may be unknown (not yet in the feed, not found): null stays null. */
export const nullablePositionField = <Parent>(
  t: FieldBuilder<Parent>,
  key: PositionKey<Parent, number | null>,
  description: string,
) =>
  t.string({
    nullable: true,
    description,
    resolve: (parent) => {
      const position = parent[key];
      return position === null ? null : String(position);
    },
  });
