import { describe, it } from 'vitest';
import { DeciderSpecification, meta } from '../shared/testing/decider-specification.js';
import { describeInvalidIn, itRejects } from '../shared/testing/guards.js';
import { expectRecorded } from '../shared/testing/recorded.js';
import { recommendation } from './index.js';
import {
  assign,
  assigned,
  at,
  because,
  drafted,
  except,
  histories,
  id,
  link,
  linked,
  OPEN,
  suggestions,
  unassign,
  unlink,
  why,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(recommendation);
const target = { recommendationId: id };

describe('LinkSuggestion', () => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('links the suggestion', () => {
        expectRecorded(recommendation, histories[status], link('sug-3'), [linked('sug-3')], {
          derivedFrom: [...suggestions, 'sug-3'],
        });
      });
    });
  }
  describe('when draft', () => {
    it('fails with CONFLICT on an already linked suggestion', () =>
      spec.given([drafted]).when(link('sug-leipzig-1')).thenFails('CONFLICT', 'suggestionId'));
    it('fails on a blank suggestion id', () =>
      spec.given([drafted]).when(link(' ')).thenFails('BAD_USER_INPUT', 'suggestionId'));
  });
  describeInvalidIn(recommendation, except(...OPEN), histories, link('sug-3'));
});

describe('UnlinkSuggestion', () => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('unlinks the suggestion with the reason', () => {
        expectRecorded(
          recommendation,
          histories[status],
          unlink('sug-leipzig-1'),
          [
            {
              type: 'SuggestionUnlinkedFromRecommendation',
              schemaVersion: 1,
              occurredAt: at,
              reason: because,
              data: { ...target, suggestionId: 'sug-leipzig-1' },
            },
          ],
          {
            derivedFrom: ['sug-leipzig-2'],
          },
        );
      });
    });
  }
  describe('when draft', () => {
    itRejects(spec.given([drafted]), [
      ['fails without a reason', unlink('sug-leipzig-1', meta()), 'reason'],
      ['fails on a suggestion that is not linked', unlink('sug-3'), 'suggestionId'],
    ]);
  });
  describeInvalidIn(recommendation, except(...OPEN), histories, unlink('sug-leipzig-1'));
});

describe('AssignToGuideline', () => {
  for (const status of [...OPEN, 'adopted'] as const) {
    describe(`when ${status}`, () => {
      it('assigns it to the guideline', () => {
        expectRecorded(recommendation, histories[status], assign('gl-1'), [assigned('gl-1')], {
          status,
          guidelineIds: ['gl-1'],
        });
      });
    });
  }
  describe('when draft', () => {
    it('fails with CONFLICT when already assigned', () =>
      spec
        .given([drafted, assigned('gl-1')])
        .when(assign('gl-1'))
        .thenFails('CONFLICT', 'guidelineId'));
    it('fails on a blank guideline id', () =>
      spec.given([drafted]).when(assign('')).thenFails('BAD_USER_INPUT', 'guidelineId'));
  });
  describeInvalidIn(recommendation, except(...OPEN, 'adopted'), histories, assign('gl-1'));
});

describe('UnassignFromGuideline', () => {
  for (const status of [...OPEN, 'adopted'] as const) {
    describe(`when ${status}`, () => {
      it('unassigns it with the reason', () => {
        const given = [...histories[status], assigned('gl-1')];
        expectRecorded(
          recommendation,
          given,
          unassign('gl-1'),
          [
            {
              type: 'RecommendationUnassignedFromGuideline',
              schemaVersion: 1,
              occurredAt: at,
              reason: because,
              data: { ...target, guidelineId: 'gl-1' },
            },
          ],
          { guidelineIds: [] },
        );
      });
    });
  }
  describe('when draft', () => {
    it('fails without a reason', () =>
      spec
        .given([drafted, assigned('gl-1')])
        .when(unassign('gl-1', meta()))
        .thenFails('BAD_USER_INPUT', 'reason'));
    it('fails on a guideline it is not assigned to', () =>
      spec
        .given([drafted])
        .when(unassign('gl-1', why()))
        .thenFails('BAD_USER_INPUT', 'guidelineId'));
  });
  describeInvalidIn(recommendation, except(...OPEN, 'adopted'), histories, unassign('gl-1'));
});
