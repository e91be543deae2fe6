import type { DomainError } from '../shared/index.js';
import { checkReason, invalidTransition, oneEvent } from '../shared/index.js';
import type {
  CompleteProject,
  DiscontinueProject,
  LaunchProject,
  StartProjectPreparation,
} from './commands.js';
import type { ProjectIdeaEvent } from './events.js';
import type { ExistingProjectIdea, ProjectIdeaStatus } from './state.js';
import { OPEN_STATUSES } from './state.js';

type LifecycleCommand =
  | StartProjectPreparation
  | LaunchProject
  | CompleteProject
  | DiscontinueProject;

interface Step {
  readonly from: readonly ProjectIdeaStatus[];
  readonly event:
    | 'ProjectPreparationStarted'
    | 'ProjectLaunched'
    | 'ProjectCompleted'
    | 'ProjectDiscontinued';
  readonly needsReason: boolean;
}

/** idea → in_preparation → running → completed; discontinued (with a reason) from any open one. */
const STEPS: Readonly<Record<LifecycleCommand['type'], Step>> = {
  StartProjectPreparation: {
    from: ['idea'],
    event: 'ProjectPreparationStarted',
    needsReason: false,
  },
  LaunchProject: { from: ['in_preparation'], event: 'ProjectLaunched', needsReason: false },
  CompleteProject: { from: ['running'], event: 'ProjectCompleted', needsReason: false },
  DiscontinueProject: { from: OPEN_STATUSES, event: 'ProjectDiscontinued', needsReason: true },
};

export const transition = (
  command: LifecycleCommand,
  state: ExistingProjectIdea,
): readonly ProjectIdeaEvent[] | DomainError => {
  const step = STEPS[command.type];
  if (!step.from.includes(state.status)) return invalidTransition(state.status, command.type);
  const invalid = step.needsReason ? checkReason(command.metadata) : undefined;
  if (invalid) return invalid;
  return oneEvent(command.metadata, {
    type: step.event,
    schemaVersion: 1,
    data: { projectIdeaId: state.projectIdeaId },
  });
};
