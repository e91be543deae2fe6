import type { Reference } from '../shared/index.js';
import { assertNever, referencesAt } from '../shared/index.js';
import type { Origin, ProjectIdeaCommand } from './commands.js';
import { ORIGIN_KINDS } from './commands.js';

/** An origin of an unknown kind is no lookup: `decide` rejects it on its `kind`. */
const origin = ({ kind, id }: Origin, field: string): Reference[] =>
  (ORIGIN_KINDS as readonly string[]).includes(kind) ? [{ kind, id, field }] : [];

/**
 * Items a command points at, which must exist. Unlinking and leaving need no lookup: the link
 * itself is the proof. Partners are organisations, not aggregates, so nothing to look up.
 */
export const referencesOf = (command: ProjectIdeaCommand): readonly Reference[] => {
  switch (command.type) {
    case 'ProposeProjectIdea': {
      const { actionFieldIds = [], originatesFrom = [] } = command.data;
      return [
        ...referencesAt('ActionField', 'actionFieldIds', actionFieldIds),
        ...originatesFrom.flatMap((each, index) => origin(each, `originatesFrom.${index}.id`)),
      ];
    }
    case 'ReviseProjectIdea':
      return referencesAt('ActionField', 'actionFieldIds', command.data.actionFieldIds);
    case 'LinkOrigin':
      return origin(command.data.origin, 'origin.id');
    case 'StartProjectPreparation':
    case 'LaunchProject':
    case 'CompleteProject':
    case 'DiscontinueProject':
    case 'JoinPartner':
    case 'LeavePartner':
    case 'UnlinkOrigin':
    case 'PlanProjectMilestone':
    case 'ReachProjectMilestone':
      return [];
    default:
      return assertNever(command);
  }
};
