import type { FollowUp } from '../shared/index.js';
import { assertNever, followUpMetadata } from '../shared/index.js';
import { takeUpSuggestionFollowUp } from '../suggestion/follow-up.js';
import type { Origin } from './commands.js';
import type { ProjectIdeaEvent } from './events.js';

const takeUp = (origins: readonly Origin[], itemId: string, occurredAt: string): FollowUp[] =>
  origins
    .filter((origin) => origin.kind === 'Suggestion')
    .map((origin) =>
      takeUpSuggestionFollowUp(
        { suggestionId: origin.id, by: { kind: 'ProjectIdea', id: itemId } },
        followUpMetadata(occurredAt),
      ),
    );

/**
 * A suggestion the idea grows from is taken up by it. Unlinking does not hand the suggestion
 * back: being taken up is part of its history, and other items may have taken it up too.
 */
export const reactionsTo = (event: ProjectIdeaEvent, itemId: string): readonly FollowUp[] => {
  switch (event.type) {
    case 'ProjectIdeaProposed':
      return takeUp(event.data.originatesFrom, itemId, event.occurredAt);
    case 'ProjectOriginLinked':
      return takeUp([event.data.origin], itemId, event.occurredAt);
    case 'ProjectIdeaRevised':
    case 'ProjectPreparationStarted':
    case 'ProjectLaunched':
    case 'ProjectCompleted':
    case 'ProjectDiscontinued':
    case 'PartnerJoined':
    case 'PartnerLeft':
    case 'ProjectOriginUnlinked':
    case 'ProjectMilestonePlanned':
    case 'ProjectMilestoneReached':
      return [];
    default:
      return assertNever(event);
  }
};
