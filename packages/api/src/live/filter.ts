import { type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../auth/caller.js';
import { isPublic, seesEverything } from '../visibility/rules.js';
import type { LiveEvent, LiveItem } from './live-events.js';

/** What a subscriber asked for; every condition given must hold. */
export interface LiveFilter {
  readonly streamId?: string;
  /** Empty means any type, as in the `events` feed. */
  readonly types?: readonly string[];
  /** An action field's own id: its items' events and its own. */
  readonly actionFieldId?: string;
}

/** Whether the item version an event produced belongs to the action field, or is the field. */
const inActionField = (item: LiveItem | undefined, actionFieldId: string): boolean =>
  (item?.kind === 'ActionField' && item.id === actionFieldId) ||
  (item?.actionFieldIds.includes(actionFieldId) ?? false);

/**
 * `inActionField` in SQL, over an item version (alias `v`): the `events` feed and `changes` filter
 * by action field exactly as subscriptions do.
 */
export const inActionFieldSql = (actionFieldId: string): SQL =>
  sql`((v.kind = 'ActionField' AND v.id = ${actionFieldId}) OR ${actionFieldId} = ANY(v.action_field_ids))`;

/**
 * Whether a subscriber receives an event. Partners and anonymous callers receive an event only
 * if the item version it produced is public: a draft never reaches them, nor does any event of a
 * stream that is not an item.
 */
export const acceptsFor =
  (filter: LiveFilter, caller: Caller) =>
  ({ event, item }: LiveEvent): boolean => {
    if (!seesEverything(caller) && !(item && isPublic(item.kind, item.status))) return false;
    if (filter.streamId !== undefined && event.streamId !== filter.streamId) return false;
    if (filter.types?.length && !filter.types.includes(event.type)) return false;
    if (filter.actionFieldId !== undefined && !inActionField(item, filter.actionFieldId)) {
      return false;
    }
    return true;
  };
