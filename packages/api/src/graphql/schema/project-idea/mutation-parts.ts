import type { builder } from '../../builder.js';
import { ProjectIdeaType } from '../refs.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The `id` input of every change: the project idea the command targets. */
export const projectIdeaIdField = (t: InputFields) =>
  t.globalID({
    required: true,
    for: ProjectIdeaType,
    description: 'The project idea (Projektidee) to change: its global id.',
  });

/** The planned period (Zeitraum) of a project idea, as proposed or revised. */
export const plannedPeriodFields = (t: InputFields) => ({
  plannedStart: t.field({
    type: 'Date',
    required: false,
    description: 'When the project is planned to start (geplanter Beginn).',
  }),
  plannedEnd: t.field({
    type: 'Date',
    required: false,
    description: 'When the project is planned to end (geplantes Ende): not before the start.',
  }),
});
