import DataLoader from 'dataloader';
import type { SqlRunner } from '../database/index.js';
import { streamIdOf } from '../event-log/streams.js';
import type { FieldChange } from '../queries/history.js';
import {
  type CauseKey,
  causeHidden,
  eventsHidden,
  fullySeenAmong,
  hiddenAmong,
} from './lookups.js';
import { referencesOf } from './references.js';
import type { ReadScope } from './rules.js';
import { idLikeStrings, withoutIds } from './scrub.js';

/** An event of an item, as every read surface has it at hand. */
export interface EventFacts {
  /** The storage id (`events.id`). */
  readonly eventId: number;
  /** The id of the item whose stream the event is in: never hidden from itself. */
  readonly itemId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly reason: string | null;
  readonly evidence: readonly unknown[];
}

/** What a caller may see of an event's why and data. */
export interface Disclosure {
  readonly reason: string | null;
  readonly evidence: unknown[];
  readonly data: unknown;
}

/**
 * What every read surface (history, `changes`, the `events` feed, subscriptions, provenance,
 * `actors`) may show of events. Those who read every process (see `ReadScope`) see everything.
 * Everyone else sees an event of an item version they may see (public, or in a process where
 * they are team, ministry or admin) only for what it reveals: where it names an item they may not see (a draft that took a suggestion up, a draft
 * guideline a recommendation was assigned to), or was written by one command together with an
 * event they may not see (a follow-up inherits its cause's reason and evidence), its reason and
 * evidence are withheld and the hidden ids are taken out of its data and changed fields. Of an
 * item outside their processes they never see who acted (token ids are identifiers), only the
 * role, nor the team's internal note.
 */
export interface Redactor {
  event(event: EventFacts): Promise<Disclosure>;
  /** The reason of the event that made a provenance link, where the caller may see it. */
  edgeReason(event: EventFacts): Promise<string | null>;
  /** The fields an event of the item `itemId` changed, as the caller may see them. */
  changes(changes: readonly FieldChange[], itemId: string): Promise<FieldChange[]>;
  /** Whether the caller reads everything of the item: who acted, internal notes, personal data. */
  seesAllOf(itemId: string): Promise<boolean>;
  /** Who acted on the item, where the caller may know. */
  actor(actor: string | null, itemId: string): Promise<string | null>;
  /** Forgets what it read: a subscription judges each event afresh. */
  clearAll(): void;
}

const everything: Redactor = {
  event: async ({ reason, evidence, data }) => ({ reason, evidence: [...evidence], data }),
  edgeReason: async ({ reason }) => reason,
  changes: async (changes) => [...changes],
  seesAllOf: async () => true,
  actor: async (actor) => actor,
  clearAll: () => {},
};

/** Evidence as partners see it: sources, without the team's internal note. */
const withoutNote = (evidence: unknown): unknown => {
  if (typeof evidence !== 'object' || evidence === null) return evidence;
  const { note: _note, ...rest } = evidence as Record<string, unknown>;
  return rest;
};

/** Postgres takes at most 65,535 parameters a statement: batches stay well below. */
const MAX_BATCH = 5000;

const scopedRedactor = (runner: SqlRunner, scope: readonly string[]): Redactor => {
  const hiddenIds = new DataLoader<string, boolean>((keys) => hiddenAmong(runner, scope, keys), {
    maxBatchSize: MAX_BATCH,
  });
  const causes = new DataLoader<CauseKey, boolean, number>(
    (keys) => causeHidden(runner, scope, keys),
    { cacheKeyFn: (key) => key.eventId, maxBatchSize: MAX_BATCH },
  );
  const hiddenEvents = new DataLoader<number, boolean>((ids) => eventsHidden(runner, scope, ids), {
    maxBatchSize: MAX_BATCH,
  });
  // Partners and anonymous callers read everything of no item: no query to ask.
  const fullySeen = new DataLoader<string, boolean>(
    async (ids) => (scope.length === 0 ? ids.map(() => false) : fullySeenAmong(runner, scope, ids)),
    { maxBatchSize: MAX_BATCH },
  );

  /** Of the strings, those that are ids of items the caller may not see. */
  const hiddenOf = async (strings: ReadonlySet<string>): Promise<Set<string>> => {
    const list = [...strings];
    const flags = await hiddenIds.loadMany(list);
    return new Set(list.filter((_, index) => flags[index] === true));
  };

  const event = async (facts: EventFacts): Promise<Disclosure> => {
    const references = referencesOf(facts);
    const candidates = idLikeStrings(facts.data);
    for (const reference of references) candidates.add(reference.id);
    candidates.delete(facts.itemId);
    const [hidden, full, inheritsHidden] = await Promise.all([
      hiddenOf(candidates),
      fullySeen.load(facts.itemId),
      references.length === 0
        ? false
        : causes.load({
            eventId: facts.eventId,
            streams: references.map((reference) => streamIdOf(reference.kind, reference.id)),
          }),
    ]);
    const withheld = inheritsHidden || hidden.size > 0;
    return {
      reason: withheld ? null : facts.reason,
      evidence: withheld ? [] : full ? [...facts.evidence] : facts.evidence.map(withoutNote),
      data: withoutIds(facts.data, hidden),
    };
  };

  return {
    event,
    edgeReason: async (facts) => {
      const [hiddenEvent, disclosed] = await Promise.all([
        hiddenEvents.load(facts.eventId),
        event(facts),
      ]);
      return hiddenEvent ? null : disclosed.reason;
    },
    changes: async (changes, itemId) => {
      const candidates = new Set<string>();
      for (const change of changes) {
        idLikeStrings(change.before, candidates);
        idLikeStrings(change.after, candidates);
      }
      candidates.delete(itemId);
      const hidden = await hiddenOf(candidates);
      if (hidden.size === 0) return [...changes];
      return changes
        .map((change) => ({
          field: change.field,
          before: withoutIds(change.before, hidden),
          after: withoutIds(change.after, hidden),
        }))
        .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
    },
    seesAllOf: (itemId) => fullySeen.load(itemId),
    actor: async (actor, itemId) => ((await fullySeen.load(itemId)) ? actor : null),
    clearAll: () => {
      fullySeen.clearAll();
      hiddenIds.clearAll();
      causes.clearAll();
      hiddenEvents.clearAll();
    },
  };
};

/** The redactor for one request (or subscription): batches its lookups, no query per event. */
export const createRedactor = (runner: SqlRunner, scope: ReadScope): Redactor =>
  scope === 'all' ? everything : scopedRedactor(runner, scope);
