import {
  badInput,
  checkDate,
  checkTitle,
  DomainError,
  firstError,
  invalidTransition,
  isDomainError,
} from '../shared/index.js';
import type { PlanProjectMilestone, ReachProjectMilestone } from './commands.js';
import type { ProjectIdeaEvent } from './events.js';
import type { ExistingProjectIdea } from './state.js';
import { isOpen } from './state.js';
import { checkId, conflict, headerOf } from './validate.js';

type Result = readonly ProjectIdeaEvent[] | DomainError;

/** Milestones put the project on the roadmap to 2030; a closed project's stay as they were. */
export const planMilestone = (
  command: PlanProjectMilestone,
  state: ExistingProjectIdea,
): Result => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const { milestoneId, title, dueDate } = command.data;
  const header =
    firstError(
      checkId('milestoneId', milestoneId),
      checkTitle('title', title),
      checkDate('dueDate', dueDate),
      state.milestones.some((milestone) => milestone.milestoneId === milestoneId)
        ? conflict(
            'milestoneId',
            `Den Meilenstein „${milestoneId}“ gibt es schon.`,
            `Milestone "${milestoneId}" already exists.`,
          )
        : undefined,
    ) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { projectIdeaId: state.projectIdeaId, milestoneId, title, dueDate };
  return [{ type: 'ProjectMilestonePlanned', ...header, data }];
};

export const reachMilestone = (
  command: ReachProjectMilestone,
  state: ExistingProjectIdea,
): Result => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const { milestoneId } = command.data;
  const milestone = state.milestones.find((each) => each.milestoneId === milestoneId);
  if (milestone === undefined) {
    return badInput(
      'milestoneId',
      `Den Meilenstein „${milestoneId}“ gibt es nicht.`,
      `There is no milestone "${milestoneId}".`,
    );
  }
  if (milestone.reachedAt !== undefined) {
    return new DomainError(
      'INVALID_TRANSITION',
      {
        de: `Der Meilenstein „${milestone.title}“ ist schon erreicht.`,
        en: `Milestone "${milestone.title}" has already been reached.`,
      },
      { field: 'milestoneId', details: { from: 'reached', command: command.type } },
    );
  }
  const header = headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { projectIdeaId: state.projectIdeaId, milestoneId };
  return [{ type: 'ProjectMilestoneReached', ...header, data }];
};
