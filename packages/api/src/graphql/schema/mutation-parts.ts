import { type InputFieldBuilder, itemPayload } from '../command-mutation.js';
import { GuidelineType, MeasureType, ProjectIdeaType, RecommendationType } from './refs.js';

const idFieldFor = (type: typeof MeasureType, what: string) => (t: InputFieldBuilder) =>
  t.globalID({ required: true, for: type, description: `The ${what} to change: its global id.` });

/** The `id` input of every change to an item of a kind: the item the command targets. */
export const targetId = {
  guideline: idFieldFor(GuidelineType, 'strategic guideline (Leitlinie)'),
  measure: idFieldFor(MeasureType, 'measure (Maßnahme)'),
  projectIdea: idFieldFor(ProjectIdeaType, 'project idea (Projektidee)'),
  recommendation: idFieldFor(RecommendationType, 'recommendation (Handlungsempfehlung)'),
};

/** The input's own description, naming its mutation. */
export const inputOf = (mutation: string) => `The input of \`${mutation}\`.`;

const ITEM_TYPES = { guideline: GuidelineType, recommendation: RecommendationType };

/** The payload a mutation returns, with a description naming it. */
export const payloadOf = (kind: keyof typeof ITEM_TYPES, mutation: string) => ({
  ...itemPayload(kind, ITEM_TYPES[kind]),
  description: `What \`${mutation}\` returns: the ${kind} as it is now, and its version.`,
});
