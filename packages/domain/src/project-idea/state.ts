import {
  assertNever,
  type CalendarDate,
  changedMilestone,
  type DatedMilestone,
  type Existing,
  editExisting,
  hasStatusIn,
  plannedMilestone,
  reasonAs,
  type WithStatus,
} from '../shared/index.js';
import type { Origin, ProjectPartner } from './commands.js';
import type { ProjectIdeaEvent } from './events.js';

export type ProjectMilestone = DatedMilestone;

/** What every project idea holds once proposed, whatever its status. */
export interface ProjectIdeaBase {
  readonly projectIdeaId: string;
  readonly title: string;
  readonly body: string;
  readonly actionFieldIds: readonly string[];
  readonly originatesFrom: readonly Origin[];
  /** The current partners; one who left is gone from here (the events keep the history). */
  readonly partners: readonly ProjectPartner[];
  readonly milestones: readonly ProjectMilestone[];
  readonly plannedStart?: CalendarDate;
  readonly plannedEnd?: CalendarDate;
  readonly proposedAt: string;
  readonly preparationStartedAt?: string;
  readonly launchedAt?: string;
}

export type ProjectIdeaState =
  | { readonly status: 'empty' }
  | (ProjectIdeaBase & { readonly status: 'idea' })
  | (ProjectIdeaBase & { readonly status: 'in_preparation'; readonly preparationStartedAt: string })
  | (ProjectIdeaBase & { readonly status: 'running'; readonly launchedAt: string })
  | (ProjectIdeaBase & { readonly status: 'completed'; readonly completedAt: string })
  | (ProjectIdeaBase & {
      readonly status: 'discontinued';
      readonly discontinuedAt: string;
      readonly discontinuationReason?: string;
    });

export type ExistingProjectIdea = Existing<ProjectIdeaState>;
export type ProjectIdeaStatus = ExistingProjectIdea['status'];
export type OpenProjectIdea = WithStatus<ProjectIdeaState, (typeof OPEN_STATUSES)[number]>;

export const OPEN_STATUSES = ['idea', 'in_preparation', 'running'] as const;
export const PROJECT_IDEA_STATUSES = [
  ...OPEN_STATUSES,
  'completed',
  'discontinued',
] as const satisfies readonly ProjectIdeaStatus[];

export const initialState: ProjectIdeaState = { status: 'empty' };

export const isOpen = hasStatusIn(OPEN_STATUSES);

/** Applies a change of content to any proposed idea; `empty` stays as it is. */
const edit = editExisting<ProjectIdeaState, ProjectIdeaBase>;

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (state: ProjectIdeaState, event: ProjectIdeaEvent): ProjectIdeaState => {
  const at = event.occurredAt;
  switch (event.type) {
    case 'ProjectIdeaProposed': {
      const { projectIdeaId, title, body, actionFieldIds, originatesFrom } = event.data;
      const { plannedStart, plannedEnd } = event.data;
      return {
        status: 'idea',
        projectIdeaId,
        title,
        body,
        actionFieldIds,
        originatesFrom,
        partners: [],
        milestones: [],
        ...(plannedStart === undefined ? {} : { plannedStart }),
        ...(plannedEnd === undefined ? {} : { plannedEnd }),
        proposedAt: at,
      };
    }
    case 'ProjectIdeaRevised': {
      const { projectIdeaId: _, previousActionFieldIds: __, ...changes } = event.data;
      return edit(state, () => changes);
    }
    case 'ProjectPreparationStarted':
      return state.status === 'idea'
        ? { ...state, status: 'in_preparation', preparationStartedAt: at }
        : state;
    case 'ProjectLaunched':
      return state.status === 'in_preparation'
        ? { ...state, status: 'running', launchedAt: at }
        : state;
    case 'ProjectCompleted':
      return state.status === 'running'
        ? { ...state, status: 'completed', completedAt: at }
        : state;
    case 'ProjectDiscontinued':
      return isOpen(state)
        ? {
            ...state,
            status: 'discontinued',
            discontinuedAt: at,
            ...reasonAs('discontinuationReason', event),
          }
        : state;
    case 'PartnerJoined':
      return edit(state, ({ partners }) => ({ partners: [...partners, event.data.partner] }));
    case 'PartnerLeft':
      return edit(state, ({ partners }) => ({
        partners: partners.filter((partner) => partner.partnerId !== event.data.partnerId),
      }));
    case 'ProjectOriginLinked':
      return edit(state, ({ originatesFrom }) => ({
        originatesFrom: [...originatesFrom, event.data.origin],
      }));
    case 'ProjectOriginUnlinked': {
      const { kind, id } = event.data.origin;
      return edit(state, ({ originatesFrom }) => ({
        originatesFrom: originatesFrom.filter((origin) => origin.kind !== kind || origin.id !== id),
      }));
    }
    case 'ProjectMilestonePlanned':
      return edit(state, plannedMilestone(event.data));
    case 'ProjectMilestoneReached':
      return edit(state, changedMilestone(event.data.milestoneId, { reachedAt: at }));
    default:
      return assertNever(event);
  }
};
