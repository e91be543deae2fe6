import type { DomainError } from '../shared/index.js';
import { assertNever, notFound } from '../shared/index.js';
import type { ProjectIdeaCommand } from './commands.js';
import { propose, revise } from './decide-content.js';
import { transition } from './decide-lifecycle.js';
import { join, leave, link, unlink } from './decide-links.js';
import { planMilestone, reachMilestone } from './decide-milestones.js';
import type { ProjectIdeaEvent } from './events.js';
import type { ProjectIdeaState } from './state.js';

export const decide = (
  command: ProjectIdeaCommand,
  state: ProjectIdeaState,
): readonly ProjectIdeaEvent[] | DomainError => {
  if (command.type === 'ProposeProjectIdea') return propose(command, state);
  if (state.status === 'empty') return notFound('projectIdeaId', command.data.projectIdeaId);
  switch (command.type) {
    case 'ReviseProjectIdea':
      return revise(command, state);
    case 'StartProjectPreparation':
    case 'LaunchProject':
    case 'CompleteProject':
    case 'DiscontinueProject':
      return transition(command, state);
    case 'JoinPartner':
      return join(command, state);
    case 'LeavePartner':
      return leave(command, state);
    case 'LinkOrigin':
      return link(command, state);
    case 'UnlinkOrigin':
      return unlink(command, state);
    case 'PlanProjectMilestone':
      return planMilestone(command, state);
    case 'ReachProjectMilestone':
      return reachMilestone(command, state);
    default:
      return assertNever(command);
  }
};
