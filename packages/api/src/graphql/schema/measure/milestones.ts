import { changeMutation } from '../mutation-parts.js';

changeMutation('measure', 'planMilestone', {
  command: 'PlanMilestone',
  description:
    'Plan a milestone of an open measure (Meilenstein planen); it gets a new `milestoneId`.',
  docs: {},
  fields: (t) => ({
    title: t.string({ required: true, description: 'What is reached, at most 200 characters.' }),
    dueDate: t.field({
      type: 'Date',
      required: true,
      description: 'When it is due: not before the day of adoption.',
    }),
  }),
  data: (input, context) => ({
    measureId: input.id.id,
    milestoneId: context.newId(),
    title: input.title,
    dueDate: input.dueDate,
  }),
});

changeMutation('measure', 'rescheduleMilestone', {
  command: 'RescheduleMilestone',
  description:
    'Move an open milestone to a new date (Meilenstein verschieben); a reason is required.',
  docs: {},
  fields: (t) => ({
    milestoneId: t.id({ required: true, description: 'The `milestoneId` to move.' }),
    dueDate: t.field({ type: 'Date', required: true, description: 'The new due date.' }),
  }),
  data: (input) => ({
    measureId: input.id.id,
    milestoneId: String(input.milestoneId),
    dueDate: input.dueDate,
  }),
});

changeMutation('measure', 'reachMilestone', {
  command: 'ReachMilestone',
  description: 'Mark a milestone reached (Meilenstein erreicht), at `occurredAt` or now.',
  docs: {},
  fields: (t) => ({
    milestoneId: t.id({ required: true, description: 'The `milestoneId` reached.' }),
  }),
  data: (input) => ({ measureId: input.id.id, milestoneId: String(input.milestoneId) }),
});
