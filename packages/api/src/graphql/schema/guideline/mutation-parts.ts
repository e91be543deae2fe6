import type { builder } from '../../builder.js';
import { itemPayload } from '../../command-mutation.js';
import { GuidelineType } from '../refs.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The `id` input of every change: the guideline the command targets. */
export const guidelineIdField = (t: InputFields) =>
  t.globalID({
    required: true,
    for: GuidelineType,
    description: 'The strategic guideline (Leitlinie) to change: its global id.',
  });

/** The input's own description, naming its mutation. */
export const inputOf = (mutation: string) => `The input of \`${mutation}\`.`;

/** The payload every guideline mutation returns, with a description. */
export const guidelinePayload = (mutation: string) => ({
  ...itemPayload('guideline', GuidelineType),
  description: `What \`${mutation}\` returns: the guideline as it is now, and its version.`,
});
