import { type Aggregate, targetIn } from '../shared/index.js';
import { PROJECT_IDEA_COMMAND_TYPES, type ProjectIdeaCommand } from './commands.js';
import { decide } from './decide.js';
import { PROJECT_IDEA_EVENT_TYPES, type ProjectIdeaEvent } from './events.js';
import { provenanceOf } from './provenance.js';
import { reactionsTo } from './reactions.js';
import { referencesOf } from './references.js';
import { evolve, initialState, type ProjectIdeaState } from './state.js';

export const projectIdea: Aggregate<ProjectIdeaCommand, ProjectIdeaEvent, ProjectIdeaState> = {
  kind: 'ProjectIdea',
  commandTypes: PROJECT_IDEA_COMMAND_TYPES,
  eventTypes: PROJECT_IDEA_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('projectIdeaId'),
  referencesOf,
  provenanceOf,
  reactionsTo,
};

export type * from './commands.js';
export { ORIGIN_KINDS, PARTNER_ROLES, PROJECT_IDEA_COMMAND_TYPES } from './commands.js';
export type * from './events.js';
export { PROJECT_IDEA_EVENT_TYPES } from './events.js';
export {
  originKindLabels,
  partnerRoleLabels,
  projectIdeaStatusLabels,
} from './labels.js';
export type {
  ExistingProjectIdea,
  OpenProjectIdea,
  ProjectIdeaBase,
  ProjectIdeaState,
  ProjectIdeaStatus,
  ProjectMilestone,
} from './state.js';
export { PROJECT_IDEA_STATUSES } from './state.js';
