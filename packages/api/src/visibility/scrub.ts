import { ID_MAX } from '@fahrplan/domain';

/** Strings that could be an item id: ids are short and have no whitespace. */
const ID_LIKE = /^\S+$/;

/** Every string in a JSON value that could be an item's id, once each. */
export const idLikeStrings = (value: unknown, into = new Set<string>()): Set<string> => {
  if (typeof value === 'string') {
    if (value.length <= ID_MAX && ID_LIKE.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const each of value) idLikeStrings(each, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const each of Object.values(value)) idLikeStrings(each, into);
  }
  return into;
};

const REMOVED = Symbol('removed');

/**
 * Nested values: a hidden id goes, and so does an object that names one (a `{ kind, id }`
 * reference, a split part with its title), so nothing of the hidden item stays behind.
 */
const clean = (value: unknown, hidden: ReadonlySet<string>): unknown => {
  if (typeof value === 'string') return hidden.has(value) ? REMOVED : value;
  if (Array.isArray(value)) {
    return value.map((each) => clean(each, hidden)).filter((each) => each !== REMOVED);
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.some(([, each]) => typeof each === 'string' && hidden.has(each))) return REMOVED;
    return Object.fromEntries(
      entries.map(([key, each]) => {
        const cleaned = clean(each, hidden);
        return [key, cleaned === REMOVED ? null : cleaned];
      }),
    );
  }
  return value;
};

/**
 * A JSON value (an event's data, a field's value before or after) without the ids in `hidden`.
 * At the top, an object keeps its keys (the hidden ones become null), so `data` stays an object.
 */
export const withoutIds = (value: unknown, hidden: ReadonlySet<string>): unknown => {
  if (hidden.size === 0) return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, each]) => {
        const cleaned = clean(each, hidden);
        return [key, cleaned === REMOVED ? null : cleaned];
      }),
    );
  }
  const cleaned = clean(value, hidden);
  return cleaned === REMOVED ? null : cleaned;
};
