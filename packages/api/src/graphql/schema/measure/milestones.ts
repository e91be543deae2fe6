import { milestoneMutations } from '../milestone-mutations.js';
import { changeMutation } from '../mutation-parts.js';

milestoneMutations('measure', {
  plan: [
    'planMilestone',
    'PlanMilestone',
    'Plan a milestone of an open measure (Meilenstein planen); it gets a new `milestoneId`.',
  ],
  dueDate: 'When it is due: not before the day of adoption.',
  planData: (measureId, milestone) => ({ measureId, ...milestone }),
  reach: ['reachMilestone', 'ReachMilestone'],
  reachData: (measureId, milestoneId) => ({ measureId, milestoneId }),
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
