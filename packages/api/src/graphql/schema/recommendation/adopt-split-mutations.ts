import { builder } from '../../builder.js';
import { contentFields } from '../content-revision.js';
import { changeMutation } from '../mutation-parts.js';

const MeasureDetailsInput = builder.inputType('MeasureDetailsInput', {
  description: 'What the adopting ministry says about the measure (Maßnahme) that starts.',
  fields: (t) => ({
    owner: t.string({
      required: true,
      description: 'The responsible organisational unit, e.g. „SMWA Referat 31“ (never a person).',
    }),
    title: t.string({
      required: false,
      description: 'The measure’s title; defaults to the recommendation’s.',
    }),
    plannedStart: t.field({ type: 'Date', required: false, description: 'Planned start.' }),
    plannedEnd: t.field({ type: 'Date', required: false, description: 'Planned end.' }),
  }),
});

const SplitPartInput = builder.inputType('SplitPartInput', {
  description: 'One part of a split recommendation: a new recommendation drafted from it.',
  fields: contentFields,
});

changeMutation('recommendation', 'adoptRecommendation', {
  command: 'AdoptRecommendation',
  description:
    'Adopt a prioritised recommendation (beschließen): the measure starts in the same transaction, reachable as `recommendation.measure`.',
  fields: (t) => ({
    measure: t.field({
      type: MeasureDetailsInput,
      required: true,
      description: 'The measure that starts: owner, and optionally title and planned dates.',
    }),
  }),
  data: (input, context) => {
    const { owner, title, plannedStart, plannedEnd } = input.measure;
    return {
      recommendationId: input.id.id,
      measureId: context.newId(),
      measure: {
        owner,
        ...(title == null ? {} : { title }),
        ...(plannedStart == null ? {} : { plannedStart }),
        ...(plannedEnd == null ? {} : { plannedEnd }),
      },
    };
  },
});

changeMutation('recommendation', 'splitRecommendation', {
  command: 'SplitRecommendation',
  description:
    'Split an open recommendation into parts (aufteilen): it ends as `split`, the parts are drafted, reachable as `recommendation.splitInto`.',
  fields: (t) => ({
    parts: t.field({
      type: [SplitPartInput],
      required: true,
      description: 'At least two parts; each becomes a new draft with the original’s links.',
    }),
  }),
  data: (input, context) => ({
    recommendationId: input.id.id,
    parts: input.parts.map((part) => ({
      recommendationId: context.newId(),
      title: part.title,
      body: part.body,
    })),
  }),
});
