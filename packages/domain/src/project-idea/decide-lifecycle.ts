import type { DomainError, LifecycleStep } from '../shared/index.js';
import { checkCited, oneEvent } from '../shared/index.js';
import type {
  CompleteProject,
  DiscontinueProject,
  LaunchProject,
  StartProjectPreparation,
} from './commands.js';
import type { ProjectIdeaEvent } from './events.js';
import type { ExistingProjectIdea } from './state.js';

type LifecycleCommand =
  | StartProjectPreparation
  | LaunchProject
  | CompleteProject
  | DiscontinueProject;

type Step = LifecycleStep<
  'ProjectPreparationStarted' | 'ProjectLaunched' | 'ProjectCompleted' | 'ProjectDiscontinued'
>;

/**
 * What each step records and must cite; the statuses it starts from are `FROM` in decide.ts.
 */
const STEPS: Readonly<Record<LifecycleCommand['type'], Step>> = {
  StartProjectPreparation: { event: 'ProjectPreparationStarted' },
  LaunchProject: { event: 'ProjectLaunched' },
  CompleteProject: { event: 'ProjectCompleted' },
  DiscontinueProject: { event: 'ProjectDiscontinued', needsReason: true },
};

export const transition = (
  command: LifecycleCommand,
  state: ExistingProjectIdea,
): readonly ProjectIdeaEvent[] | DomainError => {
  const step = STEPS[command.type];
  const data = { projectIdeaId: state.projectIdeaId };
  return (
    checkCited(step, command.metadata) ??
    oneEvent(command.metadata, { type: step.event, schemaVersion: 1, data })
  );
};
