import { changeMutation } from '../mutation-parts.js';

changeMutation('projectIdea', 'planProjectMilestone', {
  command: 'PlanProjectMilestone',
  description:
    'Plan a milestone of an open project idea (Meilenstein planen); it gets a new `milestoneId`.',
  docs: {},
  fields: (t) => ({
    title: t.string({ required: true, description: 'What is reached, at most 200 characters.' }),
    dueDate: t.field({ type: 'Date', required: true, description: 'When it is due.' }),
  }),
  data: (input, context) => ({
    projectIdeaId: input.id.id,
    milestoneId: context.newId(),
    title: input.title,
    dueDate: input.dueDate,
  }),
});

changeMutation('projectIdea', 'reachProjectMilestone', {
  command: 'ReachProjectMilestone',
  description: 'Mark a milestone reached (Meilenstein erreicht), at `occurredAt` or now.',
  docs: {},
  fields: (t) => ({
    milestoneId: t.id({ required: true, description: 'The `milestoneId` reached.' }),
  }),
  data: (input) => ({ projectIdeaId: input.id.id, milestoneId: String(input.milestoneId) }),
});
