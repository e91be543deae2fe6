import { milestoneMutations } from '../milestone-mutations.js';

milestoneMutations('projectIdea', {
  plan: [
    'planProjectMilestone',
    'PlanProjectMilestone',
    'Plan a milestone of an open project idea (Meilenstein planen); it gets a new `milestoneId`.',
  ],
  dueDate: 'When it is due.',
  planData: (projectIdeaId, milestone) => ({ projectIdeaId, ...milestone }),
  reach: ['reachProjectMilestone', 'ReachProjectMilestone'],
  reachData: (projectIdeaId, milestoneId) => ({ projectIdeaId, milestoneId }),
});
