import { describe, expect, it } from 'vitest';
import { addEdge, followUpMetadata, removeEdge } from '../shared/index.js';
import {
  PARTNER_ROLES,
  PROJECT_IDEA_STATUSES,
  partnerRoleLabels,
  projectIdea,
  projectIdeaStatusLabels,
} from './index.js';
import {
  at,
  command,
  event,
  id,
  launched,
  proposal,
  propose,
  proposed,
  tuChemnitz,
} from './testing/fixtures.js';

const self = { kind: 'ProjectIdea', id } as const;
const field = (fieldId: string) => ({ kind: 'ActionField', id: fieldId }) as const;
const suggestion = proposal.originatesFrom[0];
const meeting = proposal.originatesFrom[1];
const takeUp = (suggestionId: string, occurredAt = at) => ({
  kind: 'Suggestion',
  command: {
    type: 'TakeUpSuggestion',
    data: { suggestionId, by: { kind: 'ProjectIdea', id } },
    metadata: followUpMetadata(occurredAt),
  },
});

describe('provenanceOf', () => {
  it('links a proposed idea to its origins and action fields', () =>
    expect(projectIdea.provenanceOf(proposed, id)).toEqual([
      addEdge('originatesFrom', suggestion, self),
      addEdge('originatesFrom', meeting, self),
      addEdge('coversField', field('af-digital'), self),
      addEdge('coversField', field('af-arbeit'), self),
    ]));
  it('moves coversField edges when the action fields change', () =>
    expect(
      projectIdea.provenanceOf(
        event('ProjectIdeaRevised', {
          actionFieldIds: ['af-digital', 'af-kooperation'],
          previousActionFieldIds: ['af-digital', 'af-arbeit'],
        }),
        id,
      ),
    ).toEqual([
      removeEdge('coversField', field('af-arbeit'), self),
      addEdge('coversField', field('af-kooperation'), self),
    ]));
  it('adds no edge for an edit of the text', () =>
    expect(projectIdea.provenanceOf(event('ProjectIdeaRevised', { title: 'Neu' }), id)).toEqual(
      [],
    ));
  it('adds and removes originatesFrom with the links', () => {
    const origin = { kind: 'Recommendation', id: 're-1' } as const;
    expect(projectIdea.provenanceOf(event('ProjectOriginLinked', { origin }), id)).toEqual([
      addEdge('originatesFrom', origin, self),
    ]);
    expect(projectIdea.provenanceOf(event('ProjectOriginUnlinked', { origin }), id)).toEqual([
      removeEdge('originatesFrom', origin, self),
    ]);
  });
  it('adds and removes partnerOf with the partners', () => {
    const partner = { kind: 'Partner', id: tuChemnitz.partnerId } as const;
    expect(projectIdea.provenanceOf(event('PartnerJoined', { partner: tuChemnitz }), id)).toEqual([
      addEdge('partnerOf', partner, self),
    ]);
    expect(
      projectIdea.provenanceOf(event('PartnerLeft', { partnerId: tuChemnitz.partnerId }), id),
    ).toEqual([removeEdge('partnerOf', partner, self)]);
  });
  it('adds no edge for a status change', () =>
    expect(projectIdea.provenanceOf(launched, id)).toEqual([]));
});

describe('reactionsTo', () => {
  it('takes up the suggestions an idea is proposed from, not its meetings', () =>
    expect(projectIdea.reactionsTo(proposed, id)).toEqual([takeUp(suggestion.id)]));
  it('takes up a suggestion linked later, at the link’s date', () =>
    expect(
      projectIdea.reactionsTo(
        {
          ...event('ProjectOriginLinked', { origin: { kind: 'Suggestion', id: 'sg-2' } }),
          occurredAt: '2017-03-07T00:00:00.000Z',
        },
        id,
      ),
    ).toEqual([takeUp('sg-2', '2017-03-07T00:00:00.000Z')]));
  it('sets off nothing for a linked recommendation', () =>
    expect(
      projectIdea.reactionsTo(
        event('ProjectOriginLinked', { origin: { kind: 'Recommendation', id: 're-1' } }),
        id,
      ),
    ).toEqual([]));
  it('does not hand back an unlinked suggestion', () =>
    expect(
      projectIdea.reactionsTo(event('ProjectOriginUnlinked', { origin: suggestion }), id),
    ).toEqual([]));
});

describe('referencesOf', () => {
  it('names the action fields and origins of a proposal', () =>
    expect(projectIdea.referencesOf(propose())).toEqual([
      { kind: 'ActionField', id: 'af-digital', field: 'actionFieldIds.0' },
      { kind: 'ActionField', id: 'af-arbeit', field: 'actionFieldIds.1' },
      { kind: 'Suggestion', id: suggestion.id, field: 'originatesFrom.0.id' },
      { kind: 'Meeting', id: meeting.id, field: 'originatesFrom.1.id' },
    ]));
  it('names the action fields of an edit', () =>
    expect(
      projectIdea.referencesOf(command('ReviseProjectIdea', { actionFieldIds: ['af-x'] })),
    ).toEqual([{ kind: 'ActionField', id: 'af-x', field: 'actionFieldIds.0' }]));
  it('names a linked origin', () =>
    expect(projectIdea.referencesOf(command('LinkOrigin', { origin: meeting }))).toEqual([
      { kind: 'Meeting', id: meeting.id, field: 'origin.id' },
    ]));
  it('looks nothing up for an origin of an unknown kind', () =>
    expect(
      projectIdea.referencesOf(
        command('LinkOrigin', {
          origin: { kind: 'Partner', id: 'x' } as unknown as typeof meeting,
        }),
      ),
    ).toEqual([]));
  it('names nothing for a partner', () =>
    expect(projectIdea.referencesOf(command('JoinPartner', { partner: tuChemnitz }))).toEqual([]));
});

describe('targetOf', () => {
  it('is the project idea id', () => expect(projectIdea.targetOf(propose())).toBe(id));
});

describe('labels', () => {
  it('name every status and role in German and English', () => {
    expect(Object.keys(projectIdeaStatusLabels).sort()).toEqual([...PROJECT_IDEA_STATUSES].sort());
    expect(Object.keys(partnerRoleLabels).sort()).toEqual([...PARTNER_ROLES].sort());
    expect(partnerRoleLabels.lead).toEqual({ de: 'Konsortialführung', en: 'Lead partner' });
  });
});
