import { contentFields, contentRevisionFields, contentRevisionOf } from '../content-revision.js';
import {
  actionFieldIdsInput,
  changeMutation,
  createMutation,
  transitionMutation,
} from '../mutation-parts.js';

createMutation('guideline', 'draftGuideline', {
  command: 'DraftGuideline',
  description: 'Draft a strategic guideline (Strategische Leitlinie entwerfen).',
  fields: (t) => ({
    ...contentFields(t),
    actionFieldIds: actionFieldIdsInput(
      t,
      'The action fields (Handlungsfelder) it covers; may be empty.',
    ),
  }),
  data: (input, context) => ({
    guidelineId: context.newId(),
    title: input.title,
    body: input.body,
    actionFieldIds: (input.actionFieldIds ?? []).map((ref) => ref.id),
  }),
});

changeMutation('guideline', 'reviseGuideline', {
  command: 'ReviseGuideline',
  description:
    'Edit a guideline (überarbeiten): only the fields given change; a published one reopens as draft, its published version stays readable.',
  fields: contentRevisionFields,
  data: (input) => ({ guidelineId: input.id.id, ...contentRevisionOf(input) }),
});

transitionMutation(
  'guideline',
  'publishGuideline',
  'PublishGuideline',
  'Publish a draft (veröffentlichen) as the next numbered version.',
  (guidelineId) => ({ guidelineId }),
);
transitionMutation(
  'guideline',
  'retireGuideline',
  'RetireGuideline',
  'Retire a guideline (außer Kraft setzen); a reason is required.',
  (guidelineId) => ({ guidelineId }),
);
