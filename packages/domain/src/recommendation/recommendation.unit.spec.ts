import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification, day, meta } from '../shared/testing/decider-specification.js';
import { describeGuards, describeInvalidIn, itRejects } from '../shared/testing/guards.js';
import { expectRecorded } from '../shared/testing/recorded.js';
import type { Priority, RecommendationEvent } from './index.js';
import { recommendation } from './index.js';
import {
  adopt,
  adopted,
  assign,
  at,
  because,
  body,
  draft,
  drafted,
  event,
  except,
  fields,
  histories,
  id,
  link,
  merge,
  merged,
  OPEN,
  parts,
  prioritise,
  prioritised,
  reject,
  returnToDraft,
  revise,
  split,
  splitted,
  submit,
  submitted,
  suggestions,
  title,
  unassign,
  unlink,
  why,
  withdraw,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(recommendation);

describeGuards(recommendation, {
  everyOtherCommand: [
    revise({ title: 'Neu' }),
    submit,
    returnToDraft(),
    prioritise(),
    adopt(),
    reject(),
    withdraw(),
    merge(),
    split(),
    link('sug-3'),
    unlink('sug-3'),
    assign('gl-1'),
    unassign('gl-1'),
  ],
  idField: 'recommendationId',
  closed: ['rejected', 'withdrawn', 'merged', 'split'],
  histories,
});

describe('DraftRecommendation', () => {
  describe('when empty', () => {
    it('drafts the recommendation (schema version 2)', () =>
      spec.given([]).when(draft()).then([drafted]));
    it('drafts a part of a split', () =>
      spec
        .given([])
        .when(draft({ splitFrom: 'rec-original' }))
        .then([
          {
            ...drafted,
            data: { ...drafted.data, splitFrom: 'rec-original' },
          } as RecommendationEvent,
        ]));
    it('keeps the real date of a recommendation drafted in 2017', () =>
      spec
        .given([])
        .when({ ...draft(), metadata: meta({ occurredAt: '2017-03-07' }) })
        .then([{ ...drafted, occurredAt: '2017-03-07T00:00:00.000Z' }]));
    it('allows a recommendation without suggestions', () =>
      spec
        .given([])
        .when(draft({ derivedFrom: [] }))
        .events());
    it.each([
      ['recommendationId', { recommendationId: ' ' }],
      ['title', { title: '' }],
      ['title', { title: 'x'.repeat(201) }],
      ['body', { body: '   ' }],
      ['body', { body: 'x'.repeat(20_001) }],
      ['actionFieldIds', { actionFieldIds: [] }],
      ['actionFieldIds.1', { actionFieldIds: ['af-1', 'af-1'] }],
      ['actionFieldIds.0', { actionFieldIds: [''] }],
      ['derivedFrom.1', { derivedFrom: ['sug-1', 'sug-1'] }],
      ['splitFrom', { splitFrom: id }],
    ])('fails on %s', (field, data) =>
      spec.given([]).when(draft(data)).thenFails('BAD_USER_INPUT', field),
    );
    it('fails when it happened in the future', () =>
      spec
        .given([])
        .when({ ...draft(), metadata: meta({ occurredAt: '2099-01-01' }) })
        .thenFails('BAD_USER_INPUT', 'occurredAt'));
  });
  describe('when it exists', () => {
    it('fails with CONFLICT', () =>
      spec.given([drafted]).when(draft()).thenFails('CONFLICT', 'recommendationId'));
  });
});

describe('ReviseRecommendation', () => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('records only the changed fields and keeps the status', () => {
        const events = spec
          .given(histories[status])
          .when(revise({ title: 'Neu', body }))
          .events();
        expect(events).toEqual([event('RecommendationRevised', { title: 'Neu' })]);
        const state = fold(recommendation, [...histories[status], ...events]);
        expect(state).toMatchObject({ status, title: 'Neu', body });
      });
    });
  }
  describe('when draft', () => {
    it('records new action fields with the ones they replace', () =>
      spec
        .given([drafted])
        .when(revise({ actionFieldIds: ['af-arbeit'] }))
        .then([
          event('RecommendationRevised', {
            actionFieldIds: ['af-arbeit'],
            previousActionFieldIds: fields,
          }),
        ]));
    it('records nothing when nothing changes (same fields in another order)', () =>
      spec
        .given([drafted])
        .when(revise({ title, actionFieldIds: [...fields].reverse() }))
        .then([]));
    it.each([
      ['title', { title: ' ' }],
      ['body', { body: 'x'.repeat(20_001) }],
      ['actionFieldIds', { actionFieldIds: [] }],
    ])('fails on %s', (field, changes) =>
      spec.given([drafted]).when(revise(changes)).thenFails('BAD_USER_INPUT', field),
    );
  });
  describeInvalidIn(recommendation, except(...OPEN), histories, revise({ title: 'Neu' }));
});

describe('SubmitRecommendationForReview', () => {
  describe('when draft', () => {
    it('puts it in review', () => spec.given([drafted]).when(submit).then([submitted]));
  });
  describeInvalidIn(recommendation, except('draft'), histories, submit);
});

describe('ReturnRecommendationToDraft', () => {
  describe('when in_review', () => {
    it('returns it to draft with the reason', () =>
      spec
        .given(histories.in_review)
        .when(returnToDraft())
        .then([event('RecommendationReturnedToDraft', {}, { reason: because })]));
    itRejects(spec.given(histories.in_review), [
      ['fails without a reason', returnToDraft(meta()), 'reason'],
      ['fails with a blank reason', returnToDraft(why(' ')), 'reason'],
    ]);
  });
  describeInvalidIn(recommendation, except('in_review'), histories, returnToDraft());
});

describe('PrioritiseRecommendation', () => {
  describe('when in_review', () => {
    it('prioritises it', () =>
      spec
        .given(histories.in_review)
        .when(prioritise('medium'))
        .then([prioritised('medium')]));
    it('fails on an unknown priority', () =>
      spec
        .given(histories.in_review)
        .when(prioritise('urgent' as Priority))
        .thenFails('BAD_USER_INPUT', 'priority'));
  });
  describe('when prioritised', () => {
    it('changes the priority', () => {
      expectRecorded(
        recommendation,
        histories.prioritised,
        prioritise('low'),
        [prioritised('low')],
        {
          status: 'prioritised',
          priority: 'low',
        },
      );
    });
    it('records nothing for the same priority', () =>
      spec.given(histories.prioritised).when(prioritise('high')).then([]));
  });
  describeInvalidIn(recommendation, except('in_review', 'prioritised'), histories, prioritise());
});

describe('AdoptRecommendation', () => {
  describe('when prioritised', () => {
    it('adopts it, the measure titled like the recommendation', () =>
      spec.given(histories.prioritised).when(adopt()).then([adopted]));
    it('carries the measure details and the evidence', () => {
      const evidence = [{ document: 'Kabinettsbeschluss 2018/12' }];
      spec
        .given(histories.prioritised)
        .when(
          adopt(
            { title: 'Beratungsprogramm', plannedStart: '2018-01-01', plannedEnd: '2020-12-31' },
            'm-2',
            meta({ evidence }),
          ),
        )
        .then([
          {
            ...event('RecommendationAdopted', {
              measureId: 'm-2',
              measure: {
                title: 'Beratungsprogramm',
                owner: 'SMWA Referat 31',
                actionFieldIds: fields,
                plannedStart: day('2018-01-01'),
                plannedEnd: day('2020-12-31'),
              },
            }),
            evidence,
          },
        ]);
    });
    it('remembers the measure', () =>
      expect(fold(recommendation, histories.adopted)).toMatchObject({
        status: 'adopted',
        measureId: 'measure-1',
        adoptedAt: at,
        priority: 'high',
      }));
    it.each([
      ['measureId', {}, ''],
      ['measure.owner', { owner: ' ' }, 'm'],
      ['measure.owner', { owner: 'x'.repeat(201) }, 'm'],
      ['measure.title', { title: 'x'.repeat(201) }, 'm'],
      ['measure.plannedStart', { plannedStart: 'bald' }, 'm'],
      ['measure.plannedEnd', { plannedStart: '2019-01-01', plannedEnd: '2018-01-01' }, 'm'],
    ])('fails on %s', (field, measure, measureId) =>
      spec
        .given(histories.prioritised)
        .when(adopt(measure, measureId))
        .thenFails('BAD_USER_INPUT', field),
    );
  });
  describeInvalidIn(recommendation, except('prioritised'), histories, adopt());
});

describe.each([
  ['RejectRecommendation', reject, 'RecommendationRejected', 'rejected'],
  ['WithdrawRecommendation', withdraw, 'RecommendationWithdrawn', 'withdrawn'],
] as const)('%s', (_name, command, eventType, outcome) => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it(`ends it as ${outcome} with the reason`, () => {
        expectRecorded(
          recommendation,
          histories[status],
          command(),
          [event(eventType, {}, { reason: because })],
          {
            status: outcome,
            reason: because,
            closedAt: at,
          },
        );
      });
      it('fails without a reason', () =>
        spec.given(histories[status]).when(command(meta())).thenFails('BAD_USER_INPUT', 'reason'));
    });
  }
  describeInvalidIn(recommendation, except(...OPEN), histories, command());
});

describe('MergeRecommendation', () => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('merges it into the target, which it keeps pointing at', () => {
        expectRecorded(
          recommendation,
          histories[status],
          merge('rec-other', why()),
          [{ ...merged, reason: because }],
          {
            status: 'merged',
            mergedInto: 'rec-other',
          },
        );
      });
    });
  }
  describe('when draft', () => {
    itRejects(spec.given([drafted]), [
      ['fails on merging into itself', merge(id), 'targetRecommendationId'],
      ['fails on a blank target', merge(' '), 'targetRecommendationId'],
    ]);
  });
  describeInvalidIn(recommendation, except(...OPEN), histories, merge());
});

describe('SplitRecommendation', () => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('ends it as split, carrying its suggestions and action fields for the parts', () => {
        expectRecorded(recommendation, histories[status], split(), [splitted], {
          status: 'split',
          splitInto: ['rec-part-a', 'rec-part-b'],
        });
      });
    });
  }
  describe('when draft', () => {
    const [a, b] = parts;
    if (a === undefined || b === undefined) throw new Error('fixture');
    it('takes the suggestions linked by now', () =>
      expect(
        spec
          .given([
            { ...drafted, data: { ...drafted.data, derivedFrom: [] } } as RecommendationEvent,
          ])
          .when(split())
          .events(),
      ).toMatchObject([{ data: { derivedFrom: [], actionFieldIds: fields } }]));
    it.each([
      ['parts', [a]],
      ['parts.1.recommendationId', [a, { ...b, recommendationId: a.recommendationId }]],
      ['parts.1.recommendationId', [a, { ...b, recommendationId: id }]],
      ['parts.0.recommendationId', [{ ...a, recommendationId: '' }, b]],
      ['parts.1.title', [a, { ...b, title: '' }]],
      ['parts.0.body', [{ ...a, body: ' ' }, b]],
    ])('fails on %s', (field, badParts) =>
      spec.given([drafted]).when(split(badParts)).thenFails('BAD_USER_INPUT', field),
    );
  });
  describeInvalidIn(recommendation, except(...OPEN), histories, split());
});

describe('the state of a drafted recommendation', () => {
  it('holds what decide needs and a read model shows', () =>
    expect(fold(recommendation, [drafted])).toEqual({
      status: 'draft',
      recommendationId: id,
      title,
      body,
      actionFieldIds: fields,
      derivedFrom: suggestions,
      guidelineIds: [],
      draftedAt: at,
    }));
});
