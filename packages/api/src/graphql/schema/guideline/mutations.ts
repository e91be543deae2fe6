import type { DraftGuideline, ReviseGuideline } from '@fahrplan/domain';
import { builder } from '../../builder.js';
import { changeFields, createFields, runCommand } from '../../command-mutation.js';
import { contentFields, contentRevisionFields, contentRevisionOf } from '../content-revision.js';
import { inputOf, payloadOf, targetId, transitionMutation } from '../mutation-parts.js';
import { ActionFieldType } from '../refs.js';

builder.relayMutationField(
  'draftGuideline',
  {
    description: inputOf('draftGuideline'),
    inputFields: (t) => ({
      ...createFields(t),
      ...contentFields(t),
      actionFieldIds: t.globalIDList({
        required: false,
        for: ActionFieldType,
        description: 'The action fields (Handlungsfelder) it covers; may be empty.',
      }),
    }),
  },
  {
    description: 'Draft a strategic guideline (Strategische Leitlinie entwerfen).',
    resolve: (_root, { input }, context) => {
      const data: DraftGuideline['data'] = {
        guidelineId: context.newId(),
        title: input.title,
        body: input.body,
        actionFieldIds: (input.actionFieldIds ?? []).map((ref) => ref.id),
      };
      return runCommand(context, 'DraftGuideline', { ...data }, input);
    },
  },
  payloadOf('guideline', 'draftGuideline'),
);

builder.relayMutationField(
  'reviseGuideline',
  {
    description: inputOf('reviseGuideline'),
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.guideline(t),
      ...contentRevisionFields(t),
    }),
  },
  {
    description:
      'Edit a guideline (überarbeiten): only the fields given change; a published one reopens as draft, its published version stays readable.',
    resolve: (_root, { input }, context) => {
      const data: ReviseGuideline['data'] = {
        guidelineId: input.id.id,
        ...contentRevisionOf(input),
      };
      return runCommand(context, 'ReviseGuideline', { ...data }, input);
    },
  },
  payloadOf('guideline', 'reviseGuideline'),
);

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
