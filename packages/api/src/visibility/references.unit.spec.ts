import { AGGREGATES } from '@fahrplan/domain';
import { describe, expect, it } from 'vitest';
import { EVENT_REFERENCES, referencesOf } from './references.js';
import { idLikeStrings, withoutIds } from './scrub.js';

describe('the reference table', () => {
  it('has an entry for every event type of every aggregate, and no other', () => {
    const domain = Object.values(AGGREGATES).flatMap((aggregate) => aggregate.eventTypes);
    expect(Object.keys(EVENT_REFERENCES).sort()).toEqual([...domain].sort());
  });

  it('names the taker of a suggestion and the meeting named as evidence', () => {
    expect(
      referencesOf({
        type: 'SuggestionTakenUp',
        schemaVersion: 1,
        data: { suggestionId: 's', by: { kind: 'Recommendation', id: 'r' } },
        evidence: [{ url: 'https://example.org' }, { meetingId: 'm' }],
      }),
    ).toEqual([
      { kind: 'Recommendation', id: 'r' },
      { kind: 'Meeting', id: 'm' },
    ]);
  });

  it('reads stored data of an older schema version after upcasting it', () => {
    // RecommendationDrafted v1 had a single `suggestionId`; v2 has `derivedFrom`.
    expect(
      referencesOf({
        type: 'RecommendationDrafted',
        schemaVersion: 1,
        data: {
          recommendationId: 'r',
          title: 't',
          body: 'b',
          actionFieldIds: [],
          suggestionId: 's',
        },
        evidence: [],
      }),
    ).toEqual([{ kind: 'Suggestion', id: 's' }]);
  });
});

describe('withoutIds', () => {
  const hidden = new Set(['draft']);

  it('drops a hidden id from lists, the objects that name it, and nulls it at the top', () => {
    expect(
      withoutIds(
        {
          suggestionId: 's',
          by: { kind: 'Recommendation', id: 'draft' },
          parts: [{ recommendationId: 'draft', title: 'geheim' }, { recommendationId: 'p' }],
          targetRecommendationId: 'draft',
          takenUpBy: ['draft', 'public'],
        },
        hidden,
      ),
    ).toEqual({
      suggestionId: 's',
      by: null,
      parts: [{ recommendationId: 'p' }],
      targetRecommendationId: null,
      takenUpBy: ['public'],
    });
  });

  it('leaves values without hidden ids as they are', () => {
    const value = { title: 'Ein Titel', ids: ['a', 'b'] };
    expect(withoutIds(value, hidden)).toEqual(value);
    expect(withoutIds(value, new Set())).toBe(value);
  });

  it('collects only strings that could be ids', () => {
    expect([
      ...idLikeStrings({ a: 'he-entwurf', b: 'ein Satz mit Leerzeichen', c: [1, 'x'] }),
    ]).toEqual(['he-entwurf', 'x']);
  });
});
