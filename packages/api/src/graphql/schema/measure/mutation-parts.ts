import type { builder } from '../../builder.js';
import { MeasureType } from '../refs.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The `id` input of every change: the measure the command targets. */
export const measureIdField = (t: InputFields) =>
  t.globalID({
    required: true,
    for: MeasureType,
    description: 'The measure (Maßnahme) to change: its global id.',
  });
