/** The Relay global id of `kind:id`, for any kind (also ones that do not exist). */
const gid = (kind: string, id: string) => Buffer.from(`${kind}:${id}`).toString('base64');
const cursor = (text: string) => Buffer.from(text).toString('base64url');

/**
 * A value a client should never get stored or a crash for. `invalid` ones must be refused; the
 * others (extreme but well-formed) may succeed, but must not crash.
 */
export interface HostileValue {
  readonly label: string;
  readonly value: unknown;
  readonly invalid: boolean;
}

const hostile = (label: string, value: unknown, invalid = true): HostileValue => ({
  label,
  value,
  invalid,
});

const MEGABYTE = 1_000_000;

const TEXT: readonly HostileValue[] = [
  hostile('NUL', 'Titel\u0000mit NUL'),
  hostile('lone high surrogate', 'Titel \ud800'),
  hostile('lone low surrogate', '\udc00 Titel'),
  hostile('1 MB string', 'x'.repeat(MEGABYTE)),
];

const CURSORS: readonly HostileValue[] = [
  hostile('malformed cursor', 'kaputt!'),
  hostile('cursor beyond the safe integers', cursor('event:99999999999999999999')),
  hostile('cursor with NUL', cursor(JSON.stringify({ title: '\u0000', id: 'x' }))),
  hostile('negative cursor', cursor('event:-1')),
];

/** Ids that are wrong in shape or kind; `otherKind` is a real id of a kind the field does not take. */
const ids = (otherKind: string): readonly HostileValue[] => [
  hostile('malformed id', 'kaputt'),
  hostile('id of another kind', otherKind),
  // Both refused where a field takes global ids; `nodes` answers null for an id naming nothing.
  hostile('id of no kind', gid('Nirgendwo', '1'), false),
  hostile('NUL inside a global id', gid('Recommendation', 'x\u0000y'), false),
  hostile('NUL id', 'id\u0000'),
  hostile('lone surrogate id', '\ud800'),
  hostile('1 MB id', 'x'.repeat(MEGABYTE)),
];

const INTS: readonly HostileValue[] = [
  hostile('2^31', 2 ** 31),
  hostile('2^53+1', 2 ** 53 + 1),
  hostile('negative', -1, false),
  hostile('-2^31', -(2 ** 31), false),
];

const DATE_TIMES: readonly HostileValue[] = [
  hostile('year 0', '0000-01-01T00:00:00Z'),
  hostile('year 0 date', '0000-01-01'),
  hostile('30 February', '2017-02-30'),
  hostile('30 February at noon', '2017-02-30T12:00:00Z'),
  hostile('hour 24', '2017-02-28T24:00:00Z'),
  hostile('offset +25:00', '2017-06-01T10:00:00+25:00'),
  hostile('before 1900', '1899-12-31T23:59:59Z'),
  hostile('beyond year 9999', '9999-12-31T23:59:59-05:00'),
  hostile('end of year 9999', '9999-12-31T23:59:59Z', false),
];

const DATES: readonly HostileValue[] = [
  hostile('year 0', '0000-01-01'),
  hostile('30 February', '2017-02-30'),
  hostile('a date-time', '2017-02-28T12:00:00Z'),
  hostile('end of year 9999', '9999-12-31', false),
];

/** The hostile values of a named input type; `name` is the argument or field name. */
export const hostileValuesOf = (
  typeName: string,
  name: string,
  enumValues: readonly string[],
  otherKindId: string,
): readonly HostileValue[] => {
  switch (typeName) {
    case 'String':
      return name === 'after' || name === 'before' ? [...CURSORS, ...TEXT] : TEXT;
    case 'ID':
      return ids(otherKindId);
    case 'Int':
      return INTS;
    case 'DateTime':
      return DATE_TIMES;
    case 'Date':
      return DATES;
    case 'Boolean':
      return [hostile('string for a boolean', 'true')];
    default:
      return enumValues.length > 0
        ? [hostile('unknown enum value', 'NO_SUCH_VALUE'), hostile('NUL enum value', '\u0000')]
        : [];
  }
};

/** A small seeded PRNG (mulberry32): the same requests on every run. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** `count` of `values`, chosen by `random` without repeats, in their original order. */
export const pick = <T>(values: readonly T[], count: number, random: () => number): T[] => {
  const indexed = values.map((value, index) => ({ value, index, key: random() }));
  return indexed
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map(({ value }) => value);
};
