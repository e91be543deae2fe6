import type { builder } from '../../builder.js';
import { itemPayload } from '../../command-mutation.js';
import { RecommendationType } from '../refs.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The `id` input of every change: the recommendation the command targets. */
export const recommendationIdField = (t: InputFields) =>
  t.globalID({
    required: true,
    for: RecommendationType,
    description: 'The recommendation (Handlungsempfehlung) to change: its global id.',
  });

/** The input's own description, naming its mutation. */
export const inputOf = (mutation: string) => `The input of \`${mutation}\`.`;

/** The payload every recommendation mutation returns, with a description. */
export const recommendationPayload = (mutation: string) => ({
  ...itemPayload('recommendation', RecommendationType),
  description: `What \`${mutation}\` returns: the recommendation as it is now, and its version.`,
});
