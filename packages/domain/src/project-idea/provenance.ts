import type { ItemRef } from '../shared/index.js';
import {
  addEdge,
  assertNever,
  coversFields,
  coversFieldsBetween,
  provenanceOfItem,
  removeEdge,
} from '../shared/index.js';
import type { Origin } from './commands.js';
import type { ProjectIdeaEvent } from './events.js';

/**
 * A project idea is the target of `originatesFrom` (suggestions, recommendations, meetings),
 * `partnerOf` (partner organisations) and `coversField` (action fields).
 */
export const provenanceOf = provenanceOfItem<ProjectIdeaEvent>('ProjectIdea', (event, self) => {
  const origin = ({ kind, id }: Origin): ItemRef => ({ kind, id });
  switch (event.type) {
    case 'ProjectIdeaProposed':
      return [
        ...event.data.originatesFrom.map((each) => addEdge('originatesFrom', origin(each), self)),
        ...coversFields(event.data.actionFieldIds, self),
      ];
    case 'ProjectIdeaRevised': {
      const { actionFieldIds, previousActionFieldIds = [] } = event.data;
      if (actionFieldIds === undefined) return [];
      return coversFieldsBetween(previousActionFieldIds, actionFieldIds, self);
    }
    case 'ProjectOriginLinked':
      return [addEdge('originatesFrom', origin(event.data.origin), self)];
    case 'ProjectOriginUnlinked':
      return [removeEdge('originatesFrom', origin(event.data.origin), self)];
    case 'PartnerJoined':
      return [addEdge('partnerOf', { kind: 'Partner', id: event.data.partner.partnerId }, self)];
    case 'PartnerLeft':
      return [removeEdge('partnerOf', { kind: 'Partner', id: event.data.partnerId }, self)];
    case 'ProjectPreparationStarted':
    case 'ProjectLaunched':
    case 'ProjectCompleted':
    case 'ProjectDiscontinued':
    case 'ProjectMilestonePlanned':
    case 'ProjectMilestoneReached':
      return [];
    default:
      return assertNever(event);
  }
});
