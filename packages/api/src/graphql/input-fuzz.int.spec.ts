import { readFileSync } from 'node:fs';
import {
  type AggregateKind,
  isAllowed,
  kindOfCommand,
  type Role,
  STATUS_LABELS,
} from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsultation } from '../testing/consultation.js';
import { DEMO_ITEM_OF_KIND } from '../testing/demo-items.js';
import {
  type HostileValue,
  hostileValuesOf,
  pick,
  seededRandom,
} from '../testing/hostile-values.js';
import { inputSampler } from '../testing/input-samples.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { isPublic } from '../visibility/rules.js';

/**
 * Every argument and input field of the committed SDL, each given hostile values (NUL, lone
 * surrogates, 1 MB strings, Int overflow, malformed and foreign ids and cursors, impossible and
 * extreme dates, unknown enum values) with valid values everywhere else, as a writing role and
 * anonymously. Whatever comes back: never a 5xx or INTERNAL_SERVER_ERROR, always a code on
 * every error, an invalid value always refused, and a refused write writes nothing.
 */
const SDL = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
const schema = buildSchema(SDL);
const random = seededRandom(20_170_228);
/** Hostile values tried per argument or input field (of those its type has). */
const PER_SLOT = 3;

const SAMPLE = DEMO_ITEM_OF_KIND;
const KINDS = Object.keys(SAMPLE) as AggregateKind[];
/** Whether any status of the kind is public (the visibility table); else anonymous `node` is null. */
const PUBLIC_STATUSES_OF = (kind: AggregateKind) =>
  Object.keys(STATUS_LABELS[kind] ?? {}).some((status) => isPublic(kind, status));
const globalId = (kind: AggregateKind) => encodeGlobalID(kind, SAMPLE[kind]);

/** The kind of item an ID argument or field points at, by its name; `own` for `id`. */
const kindOfIdField = (name: string, own: AggregateKind): AggregateKind => {
  if (name === 'id' || name === 'ids') return own;
  const base = name.replace(/Ids?$/, '').toLowerCase();
  return (
    KINDS.find((kind) => base.endsWith(kind.toLowerCase())) ??
    (
      { derivedFrom: 'Suggestion', item: 'Recommendation', cycle: 'ReportingCycle' } as Record<
        string,
        AggregateKind
      >
    )[name] ??
    'Suggestion'
  );
};

/** Arguments that take an item of any kind: an id of "another" kind is a valid one there. */
const ANY_KIND = new Set(['node.id', 'nodes.ids', 'events.item']);

/** Current stream versions, so a change is stale only where the fuzz made it so. */
let versions = new Map<string, number>();
const loadVersions = async () => {
  const rows = await api.database.rows<{ stream_id: string; version: number }>(
    sql`SELECT stream_id, max(stream_version) AS version FROM events GROUP BY stream_id`,
  );
  versions = new Map(rows.map((row) => [row.stream_id, Number(row.version)]));
};

/** A minimal valid value of a type: required fields only, real ids from the demo. */
const { value: validValue } = inputSampler((name, scalar, own) => {
  switch (scalar.name) {
    case 'ID':
      return globalId(kindOfIdField(name, own));
    case 'Int':
      return name === 'expectedVersion' ? (versions.get(`${own}-${SAMPLE[own]}`) ?? 1) : 5;
    case 'DateTime':
      return name === 'since' ? '2016-01-01T00:00:00Z' : '2024-05-02T09:00:00Z';
    case 'Date':
      return '2024-05-02';
    case 'Boolean':
      return true;
    default:
      if (/email/i.test(name)) return 'x@example.org';
      if (/url/i.test(name)) return 'https://example.org';
      return 'Prüfung';
  }
});

/** Where a hostile value goes: a path into the arguments, and the named type at its end. */
interface Slot {
  readonly path: readonly (string | number)[];
  readonly name: string;
  readonly type: GraphQLInputType;
}

const slotsOf = (
  name: string,
  type: GraphQLInputType,
  path: readonly (string | number)[],
  depth: number,
): Slot[] => {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return slotsOf(name, inner.ofType, [...path, 0], depth);
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    if (depth >= 3) return [];
    return Object.values(named.getFields()).flatMap((field) =>
      slotsOf(field.name, field.type, [...path, field.name], depth + 1),
    );
  }
  return [{ path, name, type: named }];
};

/** The type reached by following `path` from `type` (lists by index, objects by field). */
const typeAt = (type: GraphQLInputType, path: readonly (string | number)[]): GraphQLInputType => {
  let current = type;
  for (const step of path) {
    const inner = isNonNullType(current) ? current.ofType : current;
    if (typeof step === 'number' && isListType(inner)) current = inner.ofType;
    else {
      const named = getNamedType(inner);
      const field = isInputObjectType(named) ? named.getFields()[String(step)] : undefined;
      if (!field) throw new Error(`no ${String(step)} in ${String(type)}`);
      current = field.type;
    }
  }
  return current;
};

/** A copy of `value` with `hostile` at `path`, filling what is missing on the way with valid values. */
const placed = (
  value: unknown,
  type: GraphQLInputType,
  path: readonly (string | number)[],
  hostile: unknown,
  own: AggregateKind,
): unknown => {
  const [step, ...rest] = path;
  if (step === undefined) return hostile;
  const stepType = typeAt(type, [step]);
  const name = typeof step === 'string' ? step : '';
  if (typeof step === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    const current = list[step] ?? validValue(name, stepType, own);
    list[step] = placed(current, stepType, rest, hostile, own);
    return list;
  }
  const object = { ...((value as Record<string, unknown> | null | undefined) ?? {}) };
  const current = object[step] ?? (rest.length > 0 ? validValue(step, stepType, own) : undefined);
  object[step] = placed(current, stepType, rest, hostile, own);
  return object;
};

/** A GraphQL literal of a JSON value: strings escaped as JSON (valid GraphQL), enums bare. */
const literalOf = (value: unknown, type: GraphQLInputType): string => {
  const named = getNamedType(type);
  if (isEnumType(named) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value))
    return value;
  return JSON.stringify(value);
};

interface FuzzRequest {
  readonly label: string;
  /** The hostile value's label, and the field (`mutation` or `query`) it was sent to. */
  readonly hostile: string;
  readonly field: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly as: Role | 'anonymous';
  readonly write: boolean;
  readonly invalid: boolean;
}

const selectionOf = (field: GraphQLField<unknown, unknown>) =>
  isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';

/** One request per (argument slot × chosen hostile value) of a field, reached via `wrap`. */
const requestsOf = (
  field: GraphQLField<unknown, unknown>,
  own: AggregateKind,
  options: {
    readonly operation: 'query' | 'mutation';
    readonly as: Role;
    readonly wrap?: (inner: string) => string;
    readonly outerVariables?: string;
    readonly outer?: () => Record<string, unknown>;
    /** The item is no one's but the team's and the ministry's: to others `node` is null. */
    readonly hiddenFromAnonymous?: boolean;
  },
): (() => FuzzRequest)[] => {
  const wrap = options.wrap ?? ((inner: string) => inner);
  const base = (): Record<string, unknown> =>
    Object.fromEntries(
      field.args
        .filter((arg) => isNonNullType(arg.type))
        .map((arg) => [arg.name, validValue(arg.name, arg.type, own)]),
    );
  return field.args.flatMap((arg: GraphQLArgument) =>
    slotsOf(arg.name, arg.type, [], 0).flatMap((slot) => {
      const named = getNamedType(slot.type);
      const otherKind = kindOfIdField(slot.name, own) === 'Measure' ? 'Recommendation' : 'Measure';
      const candidates = hostileValuesOf(
        named.name,
        slot.name,
        isEnumType(named) ? named.getValues().map((v) => v.name) : [],
        encodeGlobalID(otherKind, SAMPLE[otherKind]),
      );
      return pick(candidates, PER_SLOT, random).flatMap((hostile: HostileValue) => {
        const literal = options.operation === 'query' && slot.path.length === 0 && random() < 0.3;
        const anonymous = random() < 0.2;
        const label = `${field.name}(${[arg.name, ...slot.path].join('.')}): ${hostile.label}`;
        const build = (as: Role | 'anonymous'): FuzzRequest => {
          const values = base();
          values[arg.name] = placed(values[arg.name], arg.type, slot.path, hostile.value, own);
          const used = field.args.filter((a) => values[a.name] !== undefined);
          const viaVariable = used.filter((a) => !(literal && a.name === arg.name));
          const definitions = [
            ...(options.outerVariables ? [options.outerVariables] : []),
            ...viaVariable.map((a) => `$${a.name}: ${String(a.type)}`),
          ];
          const args = used.map((a) =>
            viaVariable.includes(a)
              ? `${a.name}: $${a.name}`
              : `${a.name}: ${literalOf(values[a.name], a.type)}`,
          );
          const call = `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selectionOf(field)}`;
          const head = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
          return {
            label: `${as} ${label}`,
            hostile: hostile.label,
            field: `${options.operation} ${field.name}`,
            query: `${options.operation} Fuzz${head} { ${wrap(call)} }`,
            variables: {
              ...options.outer?.(),
              ...Object.fromEntries(viaVariable.map((a) => [a.name, values[a.name]])),
            },
            as,
            write: options.operation === 'mutation',
            invalid:
              hostile.invalid &&
              // A field of a node the caller cannot see is never resolved: nothing reads its value.
              !(as === 'anonymous' && options.hiddenFromAnonymous) &&
              !(
                hostile.label === 'id of another kind' && ANY_KIND.has(`${field.name}.${arg.name}`)
              ),
          };
        };
        // Built when sent, so `expectedVersion` is the version the item has by then.
        const mine = () => build(options.as);
        return anonymous ? [mine, () => build('anonymous')] : [mine];
      });
    }),
  );
};

/** Every request: mutations, query fields, and fields with arguments of each kind of item. */
const fuzzRequests = (): (() => FuzzRequest)[] => [
  ...Object.values(schema.getMutationType()?.getFields() ?? {}).flatMap((field) => {
    const command = `${field.name.charAt(0).toUpperCase()}${field.name.slice(1)}`;
    const as = (['team', 'ministry', 'admin'] as const).find((role) => isAllowed(role, command));
    const own = kindOfCommand(command) ?? 'Suggestion';
    return requestsOf(field, own, { operation: 'mutation', as: as ?? 'ministry' });
  }),
  ...Object.values(schema.getQueryType()?.getFields() ?? {}).flatMap((field) =>
    requestsOf(field, 'Recommendation', { operation: 'query', as: 'ministry' }),
  ),
  ...KINDS.flatMap((kind) => {
    const type = schema.getType(kind);
    if (!isObjectType(type)) return [];
    return Object.values(type.getFields()).flatMap((field) =>
      requestsOf(field, kind, {
        operation: 'query',
        as: 'ministry',
        outerVariables: '$node: ID!',
        outer: () => ({ node: globalId(kind) }),
        wrap: (inner) => `node(id: $node) { ... on ${kind} { ${inner} } }`,
        hiddenFromAnonymous: !PUBLIC_STATUSES_OF(kind),
      }),
    );
  }),
];

let api: TestApi;

beforeAll(async () => {
  api = await createDemoApi();
  await openConsultation(api);
  await loadVersions();
});
afterAll(() => api.close());

describe('hostile input generated from the SDL', () => {
  it('never crashes, always names a code, and a refused write writes nothing', async () => {
    const failures: string[] = [];
    let requests = 0;
    let refused = 0;
    let internal = 0;
    let accepted = 0;
    const byValue = new Map<string, number>();
    const fields = new Set<string>();
    for (const make of fuzzRequests()) {
      const request = make();
      const before = request.write ? await api.counts() : undefined;
      const response = await api.gql(request.query, request.variables, { as: request.as });
      requests += 1;
      byValue.set(request.hostile, (byValue.get(request.hostile) ?? 0) + 1);
      fields.add(request.field);
      const errors = response.errors ?? [];
      const fail = (what: string) =>
        failures.push(
          `${request.label}: ${what} (${errors[0]?.message.slice(0, 200) ?? 'no error'})`,
        );
      if (response.status >= 500) fail(`HTTP ${response.status}`);
      if (errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
        internal += 1;
        fail('INTERNAL_SERVER_ERROR');
      }
      if (errors.some((error) => !error.extensions?.code)) fail('an error without a code');
      if (errors.length > 0) refused += 1;
      else if (request.invalid) fail('an invalid value accepted');
      if (request.write) {
        if (errors.length > 0) {
          if (JSON.stringify(await api.counts()) !== JSON.stringify(before))
            fail('a refused write wrote');
        } else {
          accepted += 1;
          await loadVersions();
        }
      }
    }
    console.info(
      `input fuzz: ${requests} requests, ${refused} refused, ${accepted} writes accepted, ${internal} internal errors, ${failures.length} failures`,
    );
    console.info(`by value: ${[...byValue].map(([label, n]) => `${label} ${n}`).join(', ')}`);
    if (failures.length > 0) console.info(failures.join('\n'));
    expect(failures).toEqual([]);
    // The generator reached every mutation and every hostile value, so a pass means something.
    // (Every mutation that takes input: one without arguments has nothing to be hostile in.)
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {})
      .filter((field) => field.args.length > 0)
      .map((field) => field.name);
    expect(mutations.filter((name) => !fields.has(`mutation ${name}`))).toEqual([]);
    for (const label of [
      'NUL',
      'lone high surrogate',
      '1 MB string',
      '2^31',
      '2^53+1',
      'year 0',
      '30 February',
      'malformed id',
      'id of another kind',
      'malformed cursor',
      'cursor beyond the safe integers',
      'unknown enum value',
    ]) {
      expect(byValue.get(label), label).toBeGreaterThan(0);
    }
  }, 180_000);
});
