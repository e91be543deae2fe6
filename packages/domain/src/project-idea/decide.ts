import { itemDecider } from '../shared/index.js';

import type { ProjectIdeaCommand } from './commands.js';
import { propose, revise } from './decide-content.js';
import { transition } from './decide-lifecycle.js';
import { join, leave, link, unlink } from './decide-links.js';
import { planMilestone, reachMilestone } from './decide-milestones.js';
import type { ProjectIdeaState } from './state.js';

export const decide = itemDecider<ProjectIdeaCommand, ProjectIdeaState>()({
  idField: 'projectIdeaId',
  create: { ProposeProjectIdea: propose },
  change: {
    ReviseProjectIdea: revise,
    StartProjectPreparation: transition,
    LaunchProject: transition,
    CompleteProject: transition,
    DiscontinueProject: transition,
    JoinPartner: join,
    LeavePartner: leave,
    LinkOrigin: link,
    UnlinkOrigin: unlink,
    PlanProjectMilestone: planMilestone,
    ReachProjectMilestone: reachMilestone,
  },
});
