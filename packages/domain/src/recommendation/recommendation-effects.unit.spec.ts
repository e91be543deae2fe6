import { describe, expect, it } from 'vitest';
import { addEdge, removeEdge } from '../shared/index.js';
import { day } from '../shared/testing/decider-specification.js';
import type { RecommendationEvent } from './index.js';
import { recommendation } from './index.js';
import {
  adopt,
  adopted,
  assigned,
  at,
  draft,
  drafted,
  fields,
  id,
  link,
  linked,
  merge,
  merged,
  parts,
  revise,
  split,
  splitted,
  submitted,
  suggestions,
  title,
  unassign,
} from './testing/fixtures.js';

const self = { kind: 'Recommendation' as const, id };
const suggestion = (sid: string) => ({ kind: 'Suggestion' as const, id: sid });
const field = (fid: string) => ({ kind: 'ActionField' as const, id: fid });
const stamped = (type: string, data: object, occurredAt = at) => ({
  type,
  schemaVersion: 1,
  occurredAt,
  data,
});

describe('targetOf', () => {
  it('is the recommendation id', () => expect(recommendation.targetOf(merge())).toBe(id));
});

describe('referencesOf', () => {
  it('names the action fields, suggestions and original of a draft', () =>
    expect(recommendation.referencesOf(draft({ splitFrom: 'rec-original' }))).toEqual([
      { kind: 'ActionField', id: fields[0], field: 'actionFieldIds.0' },
      { kind: 'ActionField', id: fields[1], field: 'actionFieldIds.1' },
      { kind: 'Suggestion', id: suggestions[0], field: 'derivedFrom.0' },
      { kind: 'Suggestion', id: suggestions[1], field: 'derivedFrom.1' },
      { kind: 'Recommendation', id: 'rec-original', field: 'splitFrom' },
    ]));
  it('names new action fields of a revision', () =>
    expect(recommendation.referencesOf(revise({ actionFieldIds: ['af-x'] }))).toEqual([
      { kind: 'ActionField', id: 'af-x', field: 'actionFieldIds.0' },
    ]));
  it('names the merge target', () =>
    expect(recommendation.referencesOf(merge('rec-b'))).toEqual([
      { kind: 'Recommendation', id: 'rec-b', field: 'targetRecommendationId' },
    ]));
  it('names a suggestion to link', () =>
    expect(recommendation.referencesOf(link('sug-9'))).toEqual([
      { kind: 'Suggestion', id: 'sug-9', field: 'suggestionId' },
    ]));
  it('names nothing for adoption, split or unassignment (new ids, existing links)', () => {
    expect(recommendation.referencesOf(adopt())).toEqual([]);
    expect(recommendation.referencesOf(split())).toEqual([]);
    expect(recommendation.referencesOf(unassign('gl-1'))).toEqual([]);
  });
});

describe('provenanceOf', () => {
  it('adds derivedFrom and coversField edges for a draft', () =>
    expect(recommendation.provenanceOf(drafted, id)).toEqual([
      ...suggestions.map((s) => addEdge('derivedFrom', suggestion(s), self)),
      ...fields.map((f) => addEdge('coversField', field(f), self)),
    ]));
  it('moves coversField edges on a revision of the action fields', () => {
    const revised = stamped('RecommendationRevised', {
      recommendationId: id,
      actionFieldIds: ['af-geschaeftsmodelle', 'af-arbeit'],
      previousActionFieldIds: fields,
    }) as RecommendationEvent;
    expect(recommendation.provenanceOf(revised, id)).toEqual([
      removeEdge('coversField', field('af-digitalisierung'), self),
      addEdge('coversField', field('af-arbeit'), self),
    ]);
  });
  it('adds and removes derivedFrom on link and unlink', () => {
    const unlinked = stamped('SuggestionUnlinkedFromRecommendation', {
      recommendationId: id,
      suggestionId: 's',
    });
    expect(recommendation.provenanceOf(linked('s'), id)).toEqual([
      addEdge('derivedFrom', suggestion('s'), self),
    ]);
    expect(recommendation.provenanceOf(unlinked as RecommendationEvent, id)).toEqual([
      removeEdge('derivedFrom', suggestion('s'), self),
    ]);
  });
  it('points a merged recommendation at its target', () =>
    expect(recommendation.provenanceOf(merged, id)).toEqual([
      addEdge('mergedInto', self, { kind: 'Recommendation', id: 'rec-other' }),
    ]));
  it('adds one splitInto edge per part', () =>
    expect(recommendation.provenanceOf(splitted, id)).toEqual(
      parts.map((part) =>
        addEdge('splitInto', self, { kind: 'Recommendation', id: part.recommendationId }),
      ),
    ));
  it('adds and removes assignedTo', () => {
    const unassigned = stamped('RecommendationUnassignedFromGuideline', {
      recommendationId: id,
      guidelineId: 'gl',
    });
    expect(recommendation.provenanceOf(assigned('gl'), id)).toEqual([
      addEdge('assignedTo', self, { kind: 'Guideline', id: 'gl' }),
    ]);
    expect(recommendation.provenanceOf(unassigned as RecommendationEvent, id)).toEqual([
      removeEdge('assignedTo', self, { kind: 'Guideline', id: 'gl' }),
    ]);
  });
  it('leaves adoptedFrom to the Measure and status changes edge-free', () => {
    expect(recommendation.provenanceOf(adopted, id)).toEqual([]);
    expect(recommendation.provenanceOf(submitted, id)).toEqual([]);
  });
});

describe('reactionsTo', () => {
  const metadata = expect.objectContaining({ occurredAt: at });
  /** The follow-up expected: the command of `type` on a `kind`, dated like the event. */
  const followUp = (kind: string, type: string, data: object) => ({
    kind,
    command: { type, data, metadata },
  });
  it('takes up every suggestion a draft grows from', () =>
    expect(recommendation.reactionsTo(drafted, id)).toEqual(
      suggestions.map((suggestionId) =>
        followUp('Suggestion', 'TakeUpSuggestion', {
          suggestionId,
          by: { kind: 'Recommendation', id },
        }),
      ),
    ));
  it('takes up a linked suggestion, dated like the link', () => {
    const old = { ...linked('s-7'), occurredAt: '2017-03-07T00:00:00.000Z' };
    const [followUp] = recommendation.reactionsTo(old, id);
    expect(followUp?.command).toMatchObject({
      type: 'TakeUpSuggestion',
      data: { suggestionId: 's-7' },
      metadata: { occurredAt: '2017-03-07T00:00:00.000Z' },
    });
  });
  it('plans the measure on adoption, in exactly the shape Measure accepts', () => {
    const withDates = {
      ...adopted,
      data: {
        recommendationId: id,
        measureId: 'm-1',
        measure: {
          title,
          owner: 'SMWA Referat 31',
          actionFieldIds: fields,
          plannedStart: day('2018-01-01'),
          plannedEnd: day('2020-12-31'),
        },
      },
    } as RecommendationEvent;
    expect(recommendation.reactionsTo(withDates, id)).toEqual([
      followUp('Measure', 'PlanMeasure', {
        measureId: 'm-1',
        adoptedFrom: id,
        title,
        owner: 'SMWA Referat 31',
        actionFieldIds: fields,
        adoptedAt: at,
        plannedStart: '2018-01-01',
        plannedEnd: '2020-12-31',
      }),
    ]);
    expect(recommendation.reactionsTo(adopted, id)[0]?.command.data).not.toHaveProperty(
      'plannedStart',
    );
  });
  it('drafts every part of a split with the original’s suggestions and action fields', () =>
    expect(recommendation.reactionsTo(splitted, id)).toEqual(
      parts.map((part) =>
        followUp('Recommendation', 'DraftRecommendation', {
          ...part,
          actionFieldIds: fields,
          derivedFrom: suggestions,
          splitFrom: id,
        }),
      ),
    ));
  it('gives follow-ups metadata the API completes from the triggering command', () => {
    const [followUp] = recommendation.reactionsTo(drafted, id);
    expect(followUp?.command.metadata).toMatchObject({
      actor: '(inherited from the triggering command)',
      now: at,
    });
  });
  it('sets off nothing else', () => {
    expect(recommendation.reactionsTo(merged, id)).toEqual([]);
    expect(
      recommendation.reactionsTo(
        { ...drafted, data: { ...drafted.data, derivedFrom: [] } } as RecommendationEvent,
        id,
      ),
    ).toEqual([]);
  });
  it('drafts parts this aggregate accepts, without a second splitInto edge', () => {
    for (const { command } of recommendation.reactionsTo(splitted, id)) {
      // A follow-up is typed as any command; this one is the aggregate's own.
      const part = command as Parameters<typeof recommendation.decide>[0];
      const events = recommendation.decide(part, recommendation.initialState);
      if (!Array.isArray(events)) throw new Error('expected events');
      expect(events).toMatchObject([{ type: 'RecommendationDrafted', data: { splitFrom: id } }]);
      const edges = events.flatMap((event) =>
        recommendation.provenanceOf(event, part.data.recommendationId),
      );
      expect(edges.map((change) => change.edge.relation)).not.toContain('splitInto');
    }
  });
});
