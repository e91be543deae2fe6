import { builder } from '../../builder.js';
import { changeFields, itemPayload, runCommand } from '../../command-mutation.js';
import { targetId } from '../mutation-parts.js';
import { ProjectIdeaType } from '../refs.js';

builder.relayMutationField(
  'planProjectMilestone',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.projectIdea(t),
      title: t.string({ required: true, description: 'What is reached, at most 200 characters.' }),
      dueDate: t.field({ type: 'Date', required: true, description: 'When it is due.' }),
    }),
  },
  {
    description:
      'Plan a milestone of an open project idea (Meilenstein planen); it gets a new `milestoneId`.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'PlanProjectMilestone',
        {
          projectIdeaId: input.id.id,
          milestoneId: context.newId(),
          title: input.title,
          dueDate: input.dueDate,
        },
        input,
      ),
  },
  itemPayload('projectIdea', ProjectIdeaType),
);

builder.relayMutationField(
  'reachProjectMilestone',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.projectIdea(t),
      milestoneId: t.id({ required: true, description: 'The `milestoneId` reached.' }),
    }),
  },
  {
    description: 'Mark a milestone reached (Meilenstein erreicht), at `occurredAt` or now.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'ReachProjectMilestone',
        { projectIdeaId: input.id.id, milestoneId: String(input.milestoneId) },
        input,
      ),
  },
  itemPayload('projectIdea', ProjectIdeaType),
);
