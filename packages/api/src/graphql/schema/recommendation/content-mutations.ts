import { contentFields, contentRevisionFields, contentRevisionOf } from '../content-revision.js';
import { changeMutation, createMutation } from '../mutation-parts.js';
import { ActionFieldType, SuggestionType } from '../refs.js';

// Input fields carry the command's data names (`actionFieldIds`, `derivedFrom`), so the
// `extensions.field` of a domain error (e.g. `actionFieldIds.0`) names the input field.

createMutation('recommendation', 'draftRecommendation', {
  command: 'DraftRecommendation',
  description: 'Draft a recommendation (Handlungsempfehlung entwerfen) from suggestions.',
  fields: (t) => ({
    ...contentFields(t),
    actionFieldIds: t.globalIDList({
      required: true,
      for: ActionFieldType,
      description: 'The action fields (Handlungsfelder) it belongs to: at least one.',
    }),
    derivedFrom: t.globalIDList({
      required: false,
      for: SuggestionType,
      description: 'The suggestions it grows from; each is taken up (aufgegriffen) at once.',
    }),
  }),
  data: (input, context) => ({
    recommendationId: context.newId(),
    title: input.title,
    body: input.body,
    actionFieldIds: input.actionFieldIds.map((ref) => ref.id),
    derivedFrom: (input.derivedFrom ?? []).map((ref) => ref.id),
  }),
});

changeMutation('recommendation', 'reviseRecommendation', {
  command: 'ReviseRecommendation',
  description: 'Edit an open recommendation (überarbeiten): only the fields given change.',
  fields: contentRevisionFields,
  data: (input) => ({ recommendationId: input.id.id, ...contentRevisionOf(input) }),
});
