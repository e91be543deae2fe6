import { describe, expect, it } from 'vitest';
import { type ActionFieldEvent, actionField } from '../action-field/index.js';
import { DEFAULT_PROCESS_ID } from '../process/index.js';
import type { RecommendationEvent } from '../recommendation/index.js';
import { recommendation } from '../recommendation/index.js';
import { fold } from '../shared/index.js';
import { CURRENT_SCHEMA_VERSIONS, createUpcaster, upcast } from './index.js';

const v1 = {
  type: 'RecommendationDrafted',
  schemaVersion: 1,
  occurredAt: '2017-03-07T00:00:00.000Z',
  reason: 'Konferenz Leipzig',
  data: {
    recommendationId: 'rec-1',
    title: 'Cross-Innovationen fördern',
    body: 'Kooperationen zwischen Industrie und Kreativwirtschaft unterstützen.',
    actionFieldIds: ['af-kooperationen'],
    suggestionId: 'sug-1',
  },
};

describe('upcast', () => {
  describe('when a RecommendationDrafted is at version 1', () => {
    const { suggestionId: _, ...unchanged } = v1.data;
    it('turns its single suggestion into derivedFrom, at version 2', () =>
      expect(upcast(v1)).toEqual({
        ...v1,
        schemaVersion: 2,
        data: { ...unchanged, derivedFrom: ['sug-1'] },
      }));
    it('turns a null suggestion into an empty list', () =>
      expect(upcast({ ...v1, data: { ...v1.data, suggestionId: null } }).data).toMatchObject({
        derivedFrom: [],
      }));
    it('gives a v1 event without action fields an empty list', () => {
      const { actionFieldIds: _, ...withoutFields } = v1.data;
      expect(upcast({ ...v1, data: withoutFields }).data).toMatchObject({
        actionFieldIds: [],
        derivedFrom: ['sug-1'],
      });
    });
    it('folds into the same state as the event drafted today would', () => {
      const current = upcast(v1) as unknown as RecommendationEvent;
      expect(fold(recommendation, [current])).toMatchObject({
        status: 'draft',
        derivedFrom: ['sug-1'],
      });
    });
    it('leaves the stored event untouched', () => {
      upcast(v1);
      expect(v1.schemaVersion).toBe(1);
      expect(v1.data).toHaveProperty('suggestionId', 'sug-1');
    });
    it('throws on data that is not an object', () =>
      expect(() => upcast({ ...v1, data: null })).toThrow(/not an object/));
  });
  describe('when an event is at its current version', () => {
    it('passes unchanged', () => {
      const current = { ...v1, schemaVersion: 2, data: { ...v1.data, derivedFrom: [] } };
      expect(upcast(current)).toEqual(current);
    });
  });
  describe('when the event type is unknown to the registry', () => {
    it('passes unchanged', () => {
      const other = { type: 'MeetingScheduled', schemaVersion: 1, data: { meetingId: 'm-1' } };
      expect(upcast(other)).toBe(other);
    });
  });
  describe('when the version is from the future', () => {
    it('throws a clear Error (not a DomainError)', () =>
      expect(() => upcast({ ...v1, schemaVersion: 3 })).toThrow(
        'RecommendationDrafted has schema version 3, but this code knows only up to 2',
      ));
  });
  describe('when the version is malformed', () => {
    it.each([0, -1, 1.5, Number.NaN])('throws on %s', (schemaVersion) =>
      expect(() => upcast({ ...v1, schemaVersion })).toThrow(/not a positive integer/),
    );
  });
});

describe('upcast of an action field defined before processes', () => {
  const v1 = {
    type: 'ActionFieldDefined',
    schemaVersion: 1,
    occurredAt: '2016-07-12T00:00:00.000Z',
    data: { actionFieldId: 'hf-arbeit', key: 'arbeit', title: 'Arbeit', description: 'D' },
  };
  it('places it in the default process, at version 2', () =>
    expect(upcast(v1)).toEqual({
      ...v1,
      schemaVersion: 2,
      data: { ...v1.data, processId: DEFAULT_PROCESS_ID },
    }));
  it('folds into a field of the default process and leaves the stored event as it was', () => {
    expect(fold(actionField, [upcast(v1) as unknown as ActionFieldEvent])).toMatchObject({
      status: 'active',
      processId: DEFAULT_PROCESS_ID,
    });
    expect(v1.data).not.toHaveProperty('processId');
  });
  it('throws on data that is not an object', () =>
    expect(() => upcast({ ...v1, data: [] })).toThrow(/not an object/));
});

describe('createUpcaster', () => {
  const registry = {
    Renamed: {
      current: 3,
      steps: {
        1: (data: unknown) => ({ ...(data as object), second: true }),
        2: (data: unknown) => ({ ...(data as object), third: true }),
      },
    },
  };
  it('applies the steps in order from the stored version', () => {
    const run = createUpcaster(registry);
    expect(run({ type: 'Renamed', schemaVersion: 1, data: {} })).toEqual({
      type: 'Renamed',
      schemaVersion: 3,
      data: { second: true, third: true },
    });
    expect(run({ type: 'Renamed', schemaVersion: 2, data: {} }).data).toEqual({ third: true });
  });
  it('refuses a registry with a missing step', () =>
    expect(() =>
      createUpcaster({ Broken: { current: 3, steps: { 1: (data: unknown) => data } } }),
    ).toThrow('Broken has no step from version 2'));
});

describe('CURRENT_SCHEMA_VERSIONS', () => {
  it('names RecommendationDrafted, ActionFieldDefined and every event with a calendar date at version 2', () =>
    expect(CURRENT_SCHEMA_VERSIONS).toEqual({
      ActionFieldDefined: 2,
      RecommendationDrafted: 2,
      MeasurePlanned: 2,
      MeasureRevised: 2,
      MilestonePlanned: 2,
      MilestoneRescheduled: 2,
      MeetingPlanned: 2,
      MeetingRevised: 2,
      ProjectIdeaProposed: 2,
      ProjectIdeaRevised: 2,
      ProjectMilestonePlanned: 2,
      RecommendationAdopted: 2,
    }));
  it('agrees with what decide emits today', () => {
    const [drafted] = recommendation.decide(
      {
        type: 'DraftRecommendation',
        data: {
          recommendationId: 'r',
          title: 't',
          body: 'b',
          actionFieldIds: ['a'],
          derivedFrom: [],
        },
        metadata: {
          actor: 'a',
          role: 'team',
          now: '2026-01-01T00:00:00Z',
          timeZone: 'Europe/Berlin',
        },
      },
      recommendation.initialState,
    ) as readonly RecommendationEvent[];
    expect(drafted?.schemaVersion).toBe(CURRENT_SCHEMA_VERSIONS.RecommendationDrafted);
  });
});
