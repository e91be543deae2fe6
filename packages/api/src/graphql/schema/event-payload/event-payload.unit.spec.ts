import { AGGREGATES, CURRENT_SCHEMA_VERSIONS } from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isNonNullType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { FeedEvent } from '../../../event-store/index.js';
import { schema } from '../index.js';
import { PAYLOADS } from './fields.js';
import { payloadOf } from './index.js';
import type { PayloadSpec } from './spec.js';

const union = schema.getType('EventPayload');

describe('EventPayload', () => {
  it('has one object type per domain event type, with the fields of its data', () => {
    if (!isUnionType(union)) throw new Error('EventPayload is no union');
    const members = new Set(union.getTypes().map((type) => type.name));
    const domainTypes = Object.values(AGGREGATES).flatMap((aggregate) => aggregate.eventTypes);
    expect(domainTypes.length).toBeGreaterThan(50);
    for (const type of domainTypes) {
      expect(members, type).toContain(type);
      const object = schema.getType(type);
      if (!isObjectType(object)) throw new Error(`${type} is no object type`);
      const spec = PAYLOADS[type as keyof typeof PAYLOADS];
      expect(Object.keys(object.getFields()).sort(), type).toEqual(Object.keys(spec.fields).sort());
    }
    // The API's own event (an erasure) besides the domain's; nothing else.
    expect([...members].sort()).toEqual([...domainTypes, 'PersonalDataErased'].sort());
  });

  it('gives a field name one type in every member, so fragments on several never conflict', () => {
    if (!isUnionType(union)) throw new Error('EventPayload is no union');
    const seen = new Map<string, string>();
    for (const member of union.getTypes()) {
      for (const field of Object.values(member.getFields())) {
        const type = String(field.type);
        expect(seen.get(field.name) ?? type, `${member.name}.${field.name}`).toBe(type);
        seen.set(field.name, type);
      }
    }
  });

  it('keeps the own item’s id non-null and lets another item’s be null (it may be hidden)', () => {
    const merged = schema.getType('RecommendationMerged');
    if (!isObjectType(merged)) throw new Error('no RecommendationMerged');
    expect(isNonNullType(merged.getFields().recommendationId?.type)).toBe(true);
    expect(isNonNullType(merged.getFields().targetRecommendationId?.type)).toBe(false);
  });

  const stored = (event: Pick<FeedEvent, 'type' | 'schemaVersion' | 'data'>): FeedEvent => ({
    id: 1,
    position: 1,
    streamId: 'Recommendation-he-1',
    streamType: 'Recommendation',
    streamVersion: 1,
    metadata: {},
    occurredAt: '2017-03-07T10:00:00.000Z',
    recordedAt: '2017-03-07T10:00:00.000Z',
    hash: 'x',
    ...event,
  });

  it('shows the current version of an event stored in an older one (upcast)', () => {
    expect(CURRENT_SCHEMA_VERSIONS.RecommendationDrafted).toBe(2);
    const payload = payloadOf(
      stored({
        type: 'RecommendationDrafted',
        schemaVersion: 1,
        data: { recommendationId: 'he-1', title: 'T', body: 'B', suggestionId: 'vs-1' },
      }),
    );
    // Its fields, without the event type it carries for the union (under a symbol).
    expect(Object.fromEntries(Object.entries(payload ?? {}))).toEqual({
      recommendationId: encodeGlobalID('Recommendation', 'he-1'),
      title: 'T',
      body: 'B',
      actionFieldIds: [],
      derivedFrom: [encodeGlobalID('Suggestion', 'vs-1')],
      splitFrom: null,
    });
    const planned = payloadOf(
      stored({
        type: 'MilestonePlanned',
        schemaVersion: 1,
        data: {
          measureId: 'mn-1',
          milestoneId: 'ms-1',
          title: 'M',
          dueDate: '2018-06-30T00:00:00.000Z',
        },
      }),
    );
    expect(planned).toMatchObject({ milestoneId: 'ms-1', dueDate: '2018-06-30' });
  });

  it('shows what redaction left of another item: null, or left out of a list', () => {
    const payload = payloadOf(
      stored({
        type: 'RecommendationSplit',
        schemaVersion: 1,
        // As `withoutIds` leaves it: a hidden part is gone, so is a hidden suggestion.
        data: { recommendationId: 'he-1', parts: [], derivedFrom: [], actionFieldIds: ['hf-1'] },
      }),
    );
    expect(payload).toMatchObject({
      parts: [],
      actionFieldIds: [encodeGlobalID('ActionField', 'hf-1')],
    });
    expect(
      payloadOf(
        stored({
          type: 'SuggestionTakenUp',
          schemaVersion: 1,
          data: { suggestionId: 'vs-1', by: null },
        }),
      ),
    ).toMatchObject({ by: null });
  });

  it('has no payload for an event type this release does not know', () => {
    expect(payloadOf(stored({ type: 'BatchStarted', schemaVersion: 1, data: {} }))).toBeNull();
  });
});

/*
 * Drift is a compile error (checked by `pnpm typecheck`): each line below would compile if the
 * table could fall out of step with the domain's event types.
 */
export const driftChecks: PayloadSpec<'MeasureProgressReported'>[] = [
  {
    description: 'a field of the event missing',
    // @ts-expect-error: MeasureProgressReported's data has `progress`
    fields: { measureId: { spec: { kind: 'item', of: 'Measure', self: true } } },
  },
  {
    description: 'a field the event does not have',
    fields: {
      measureId: { spec: { kind: 'item', of: 'Measure', self: true } },
      progress: { spec: { kind: 'int' } },
      // @ts-expect-error: no `note` in MeasureProgressReported's data
      note: { spec: { kind: 'string' } },
    },
  },
  {
    description: 'a required field shown as optional',
    fields: {
      measureId: { spec: { kind: 'item', of: 'Measure', self: true } },
      // @ts-expect-error: `progress` is required
      progress: { spec: { kind: 'int' }, optional: true },
    },
  },
  {
    description: 'a number shown as a string',
    fields: {
      measureId: { spec: { kind: 'item', of: 'Measure', self: true } },
      // @ts-expect-error: `progress` is a number
      progress: { spec: { kind: 'string' } },
    },
  },
];

export const enumDrift: PayloadSpec<'RecommendationPrioritised'> = {
  description: 'a closed set shown as another enum',
  fields: {
    recommendationId: { spec: { kind: 'item', of: 'Recommendation', self: true } },
    // @ts-expect-error: a priority is no sector
    priority: { spec: { kind: 'enum', name: 'Sector' } },
  },
};
