import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification, meta } from '../shared/testing/decider-specification.js';
import { describeInvalidIn, itRejects } from '../shared/testing/guards.js';
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
        const events = spec.given(histories[status]).when(link('sug-3')).events();
        expect(events).toEqual([linked('sug-3')]);
        expect(fold(recommendation, [...histories[status], ...events])).toMatchObject({
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
        const events = spec.given(histories[status]).when(unlink('sug-leipzig-1')).events();
        expect(events).toEqual([
          {
            type: 'SuggestionUnlinkedFromRecommendation',
            schemaVersion: 1,
            occurredAt: at,
            reason: because,
            data: { ...target, suggestionId: 'sug-leipzig-1' },
          },
        ]);
        expect(fold(recommendation, [...histories[status], ...events])).toMatchObject({
          derivedFrom: ['sug-leipzig-2'],
        });
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
        const events = spec.given(histories[status]).when(assign('gl-1')).events();
        expect(events).toEqual([assigned('gl-1')]);
        expect(fold(recommendation, [...histories[status], ...events])).toMatchObject({
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
        const events = spec.given(given).when(unassign('gl-1')).events();
        expect(events).toEqual([
          {
            type: 'RecommendationUnassignedFromGuideline',
            schemaVersion: 1,
            occurredAt: at,
            reason: because,
            data: { ...target, guidelineId: 'gl-1' },
          },
        ]);
        expect(fold(recommendation, [...given, ...events])).toMatchObject({ guidelineIds: [] });
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
