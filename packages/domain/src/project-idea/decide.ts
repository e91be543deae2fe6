import { createOnce } from '../shared/create-once.js';
import { itemDecider } from '../shared/index.js';

import type { ProjectIdeaCommand } from './commands.js';
import { propose, revise } from './decide-content.js';
import { transition } from './decide-lifecycle.js';
import { join, leave, link, unlink } from './decide-links.js';
import { planMilestone, reachMilestone } from './decide-milestones.js';
import { OPEN_STATUSES, type ProjectIdeaState } from './state.js';

/**
 * The transition table: idea → in_preparation → running → completed; discontinued from any open
 * status. Content, partners, origins and milestones change while the project is open; a closed
 * one keeps its record.
 */
const FROM = {
  ReviseProjectIdea: OPEN_STATUSES,
  StartProjectPreparation: ['idea'],
  LaunchProject: ['in_preparation'],
  CompleteProject: ['running'],
  DiscontinueProject: OPEN_STATUSES,
  JoinPartner: OPEN_STATUSES,
  LeavePartner: OPEN_STATUSES,
  LinkOrigin: OPEN_STATUSES,
  UnlinkOrigin: OPEN_STATUSES,
  PlanProjectMilestone: OPEN_STATUSES,
  ReachProjectMilestone: OPEN_STATUSES,
} as const;

export const decide = itemDecider<ProjectIdeaCommand, ProjectIdeaState>()({
  idField: 'projectIdeaId',
  create: { ProposeProjectIdea: createOnce('ProjectIdea', 'projectIdeaId', propose) },
  from: FROM,
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
