import {
  checkCalendarDate,
  checkedCalendarDate,
  checkNewMilestone,
  type DomainError,
  headerOf,
  isDomainError,
  oneEvent,
  openMilestone,
} from '../shared/index.js';
import type { PlanProjectMilestone, ReachProjectMilestone } from './commands.js';
import type { ProjectIdeaEvent } from './events.js';
import type { ExistingProjectIdea } from './state.js';

type Decision = readonly ProjectIdeaEvent[] | DomainError;

/** Milestones put the project on the roadmap to 2030; a closed project's stay as they were. */
export const planMilestone = (
  command: PlanProjectMilestone,
  state: ExistingProjectIdea,
): Decision => {
  const { milestoneId, title, dueDate } = command.data;
  const header =
    checkNewMilestone(state.milestones, command.data, checkCalendarDate('dueDate', dueDate)) ??
    headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = {
    projectIdeaId: state.projectIdeaId,
    milestoneId,
    title,
    dueDate: checkedCalendarDate(dueDate),
  };
  return [{ type: 'ProjectMilestonePlanned', schemaVersion: 2, ...header, data }];
};

export const reachMilestone = (
  command: ReachProjectMilestone,
  state: ExistingProjectIdea,
): Decision => {
  const { milestoneId } = command.data;
  const milestone = openMilestone(state.milestones, milestoneId, command.type);
  if (isDomainError(milestone)) return milestone;
  const data = { projectIdeaId: state.projectIdeaId, milestoneId };
  return oneEvent(command.metadata, { type: 'ProjectMilestoneReached', schemaVersion: 1, data });
};
