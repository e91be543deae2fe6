import type { FieldMap, ObjectRef, TypeParam } from '@pothos/core';
import { builder, type Types } from '../builder.js';

/** A field a read model shows as it holds it: its GraphQL type and description. */
export interface ReadField {
  readonly type: TypeParam<Types>;
  readonly description: string;
  readonly nullable?: boolean;
}

/** The reason a change was made with, where it may have none: as every read model shows it. */
export const REASON_FIELD: ReadField = {
  type: 'String',
  nullable: true,
  description: 'Why (Begründung).',
};

/** The fields a read model exposes, by property name: each resolved by reading that property. */
export type ReadModelSpec<Shape> = { readonly [Name in keyof Shape & string]?: ReadField };

type FieldBuilder<Shape extends object> = PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>;

/** A read model's fields that only read a property (the rest stay hand-written beside them). */
export const readModelFields = <Shape extends object>(
  t: FieldBuilder<Shape>,
  spec: ReadModelSpec<Shape>,
) =>
  Object.fromEntries(
    Object.entries<ReadField | undefined>(spec).flatMap(([name, field]) =>
      field === undefined
        ? []
        : [
            [
              name,
              t.field({
                // The spec names the type at run time; Pothos cannot tie it to the property's
                // TypeScript type, so the reference is cast here, once.
                type: field.type as 'String',
                nullable: field.nullable ?? false,
                description: field.description,
                resolve: (parent) => parent[name as keyof Shape] as string,
              }),
            ],
          ],
    ),
  );

/**
 * An object type of a read model: its exposed fields from the spec, any computed ones from
 * `more` (the spec's and `more`'s names must not clash).
 */
export const readModelType = <Shape extends object>(
  name: string,
  description: string,
  spec: ReadModelSpec<Shape>,
  more?: (t: FieldBuilder<Shape>) => FieldMap,
): ObjectRef<Types, Shape> =>
  builder.objectRef<Shape>(name).implement({
    description,
    fields: (t) => ({ ...readModelFields(t, spec), ...more?.(t) }),
  });
