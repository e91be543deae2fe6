import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { describe, expect, it } from 'vitest';
import type { FeedEvent } from '../event-store/index.js';
import { acceptsFor, type LiveScope } from './filter.js';
import type { LiveEvent, LiveItem } from './live-events.js';

/** An installation-wide team token, the ministry, admins: every process. */
const team: LiveScope = 'all';
/** Partners and anonymous callers: published content, everywhere. */
const publicOnly: LiveScope = [];

const live = (streamId: string, type: string, item?: Partial<LiveItem>): LiveEvent => ({
  event: { streamId, type } as FeedEvent,
  item: item && { kind: 'Recommendation', id: 'r', status: 'draft', actionFieldIds: [], ...item },
});

const draft = live('Recommendation-r', 'RecommendationDrafted', { actionFieldIds: ['f'] });
const prioritised = live('Recommendation-r', 'RecommendationPrioritised', {
  status: 'prioritised',
  actionFieldIds: ['f'],
});
const field = live('ActionField-f', 'ActionFieldDefined', {
  kind: 'ActionField',
  id: 'f',
  status: 'active',
});
const notAnItem = live('Probe-1', 'Probed');

describe('acceptsFor', () => {
  describe('when the caller sees everything', () => {
    it('accepts drafts and events of streams that are no items', () => {
      expect([draft, notAnItem].map(acceptsFor({}, team))).toEqual([true, true]);
    });
  });

  describe('when the caller is a partner or anonymous', () => {
    it('accepts only events that left their item public', () => {
      expect([draft, prioritised, field, notAnItem].map(acceptsFor({}, publicOnly))).toEqual([
        false,
        true,
        true,
        false,
      ]);
    });
  });

  describe('when the caller is in the team of one process only', () => {
    /** An action field defined in a process, and an item version in it. */
    const fieldIn = (id: string, processId: string, status = 'active') =>
      live(`ActionField-${id}`, 'ActionFieldDefined', {
        kind: 'ActionField',
        id,
        status,
        processId,
      });
    const recommendation = (id: string, fieldId: string, status = 'draft') =>
      live(`Recommendation-${id}`, 'RecommendationDrafted', {
        id,
        status,
        actionFieldIds: [fieldId],
      });
    const other = fieldIn('o', 'sp-other');
    const otherDraft = recommendation('x', 'o');
    const otherPublished = recommendation('x', 'o', 'prioritised');
    const laterField = fieldIn('h', 'sp-own', 'draft');
    const later = recommendation('y', 'h');
    it('accepts its drafts, the other process’s published events only, nothing else', () => {
      const scope: LiveScope = [{ processId: 'sp-own', actionFieldIds: new Set(['f']) }];
      expect(
        [draft, other, otherDraft, otherPublished, notAnItem, laterField, later].map(
          acceptsFor({}, scope),
        ),
      ).toEqual([true, true, false, true, false, true, true]);
    });
  });

  describe('when filtering by process', () => {
    const process = { processId: 'sp-fk', actionFieldIds: new Set<string>() };
    const own = live('Process-sp-fk', 'ProcessStarted', { kind: 'Process', id: 'sp-fk' });
    const other = live('Process-sp-x', 'ProcessStarted', { kind: 'Process', id: 'sp-x' });
    const newField = live('ActionField-g', 'ActionFieldDefined', {
      kind: 'ActionField',
      id: 'g',
      processId: 'sp-fk',
    });
    const inNewField = live('Recommendation-s', 'RecommendationDrafted', {
      id: 's',
      actionFieldIds: ['g'],
    });
    const unfiled = live('Recommendation-u', 'RecommendationDrafted', { id: 'u' });
    it('accepts the process, its fields as they are defined, and their items', () =>
      expect(
        [own, other, draft, field, newField, inNewField, unfiled].map(
          acceptsFor({ process }, team),
        ),
      ).toEqual([true, false, false, false, true, true, false]));
    it('gives items without action fields to the default process', () =>
      expect(
        acceptsFor(
          { process: { processId: DEFAULT_PROCESS_ID, actionFieldIds: new Set() } },
          team,
        )(unfiled),
      ).toBe(true));
  });

  describe('when filtering', () => {
    it('by stream and by type (an empty list means any type)', () => {
      const events = [draft, prioritised, field];
      expect(events.map(acceptsFor({ streamId: 'ActionField-f' }, team))).toEqual([
        false,
        false,
        true,
      ]);
      expect(events.map(acceptsFor({ types: ['RecommendationDrafted'] }, team))).toEqual([
        true,
        false,
        false,
      ]);
      expect(events.map(acceptsFor({ types: [] }, team))).toEqual([true, true, true]);
    });

    it('by action field: its items and itself, nothing else', () => {
      const events = [prioritised, field, notAnItem];
      expect(events.map(acceptsFor({ actionFieldId: 'f' }, team))).toEqual([true, true, false]);
      expect(events.map(acceptsFor({ actionFieldId: 'g' }, team))).toEqual([false, false, false]);
    });
  });
});
