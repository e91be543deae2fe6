import { type AggregateKind, upcast } from '@fahrplan/domain';
import type { ObjectRef } from '@pothos/core';
import type { FeedEvent } from '../../../event-store/index.js';
import { builder } from '../../builder.js';
import { FeedEventType } from '../events.js';
import { ConfidenceEnum, DirectionEnum } from '../lagebild/enums.js';
import { ParticipantCountsType } from '../meeting/counts.js';
import { MeetingKindEnum } from '../meeting/kind.js';
import { PartnerRoleEnum, ProjectPartnerType } from '../project-idea/fields.js';
import { globalIdOf } from '../provenance.js';
import { PriorityEnum } from '../recommendation/priority.js';
import { ItemKindEnum } from '../search.js';
import { SectorEnum } from '../sector.js';
import { SuggestionChannelEnum } from '../suggestion/channel.js';
import { FIELD_DESCRIPTIONS, PAYLOADS } from './fields.js';
import type { EnumValues, FieldSpec, ObjectSpec, PayloadEventType, Spec } from './spec.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Value = Readonly<Record<string, unknown>>;

/** Where a payload keeps its event type: beside the data's fields, clashing with none. */
const TYPE = Symbol('event type');

/** An event's data in its current version, shaped for the schema, with its event type. */
type Payload = Value & { readonly [TYPE]: PayloadEventType };

const ENUMS: { readonly [N in keyof EnumValues]: unknown } = {
  Priority: PriorityEnum,
  Sector: SectorEnum,
  MeetingKind: MeetingKindEnum,
  SuggestionChannel: SuggestionChannelEnum,
  PartnerRole: PartnerRoleEnum,
  ItemKind: ItemKindEnum,
  Confidence: ConfidenceEnum,
  IndicatorDirection: DirectionEnum,
};

const ItemReferenceType = builder
  .objectRef<{ kind: AggregateKind; id: string }>('ItemReference')
  .implement({
    description: 'Another item an event names, by its kind and global id (use it with `node`).',
    fields: (t) => ({
      kind: t.expose('kind', {
        type: ItemKindEnum,
        description: 'The item’s kind.',
      }),
      id: t.exposeID('id', { description: 'Its global id.' }),
    }),
  });

const NAMED = {
  ItemReference: ItemReferenceType,
  ParticipantCounts: ParticipantCountsType,
  ProjectPartner: ProjectPartnerType,
} as const;

const isRecord = (value: unknown): value is Value =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored value as the schema shows it: item ids as global ids. Redaction may already have
 * taken hidden ids out (a single id is then null, a list loses it, an object naming one is null).
 */
const shown = (spec: Spec, value: unknown): unknown => {
  if (value === null || value === undefined) return null;
  switch (spec.kind) {
    case 'item':
      return typeof value === 'string' ? globalIdOf(spec.of, value) : null;
    case 'named':
      return spec.name === 'ItemReference' && isRecord(value)
        ? { kind: value.kind, id: globalIdOf(String(value.kind), String(value.id)) }
        : value;
    case 'list':
      return Array.isArray(value)
        ? value.map((each) => shown(spec.of, each)).filter((each) => each !== null)
        : [];
    case 'object':
      return isRecord(value) ? shownFields(spec.fields, value) : null;
    default:
      return value;
  }
};

const shownFields = (fields: Readonly<Record<string, FieldSpec>>, data: Value): Value =>
  Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [name, shown(field.spec, data[name])]),
  );

const objectTypes = new Map<string, unknown>();

/** The GraphQL type of a spec; object types are made once by name. */
const typeOf = (spec: Spec): unknown => {
  switch (spec.kind) {
    case 'string':
      return 'String';
    case 'int':
      return 'Int';
    case 'float':
      return 'Float';
    case 'date':
      return 'Date';
    case 'dateTime':
      return 'DateTime';
    case 'key':
    case 'item':
      return 'ID';
    case 'enum':
      return ENUMS[spec.name];
    case 'named':
      return NAMED[spec.name];
    case 'list':
      return [typeOf(spec.of)];
    case 'object':
      return objectTypeOf(spec);
  }
};

/**
 * A field that holds another item's id, or a reference naming one, is null where the caller may
 * not see that item: at the top of the data; below, redaction takes out the object naming it.
 */
const namesOtherItem = (spec: Spec): boolean =>
  (spec.kind === 'item' && spec.self !== true) ||
  (spec.kind === 'named' && spec.name === 'ItemReference');

const TOP_FIELDS = Object.values(PAYLOADS).flatMap((payload) =>
  Object.entries(payload.fields as Readonly<Record<string, FieldSpec>>),
);

/** The GraphQL type of a spec without its nullability, as text: to compare two fields. */
const signatureOf = (spec: Spec): string => {
  switch (spec.kind) {
    case 'list':
      return `[${signatureOf(spec.of)}]`;
    case 'enum':
    case 'named':
    case 'object':
      return spec.name;
    case 'key':
    case 'item':
      return 'ID';
    default:
      return spec.kind;
  }
};

/**
 * A field name has one type in every payload type, nullable where any of them may leave it out
 * or hide it: fragments on several members of the union then never conflict (GraphQL refuses
 * two fields of one name but different types in one selection, and aliases are limited).
 */
const NULLABLE_AT_TOP = new Set(
  TOP_FIELDS.filter(([, field]) => field.optional === true || namesOtherItem(field.spec)).map(
    ([name]) => name,
  ),
);
const signatures = new Map<string, string>();
for (const [name, field] of TOP_FIELDS) {
  const signature = signatureOf(field.spec);
  const known = signatures.get(name);
  if (known !== undefined && known !== signature) {
    throw new Error(
      `Event payload field ${name} is ${known} in one type, ${signature} in another.`,
    );
  }
  signatures.set(name, signature);
}

const fieldsOf = (
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Value>,
  fields: Readonly<Record<string, FieldSpec>>,
  top: boolean,
) =>
  Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      t.field({
        // The table is typed against the domain (spec.ts); Pothos cannot follow a type built
        // at run time, so the reference is cast here, once.
        type: typeOf(field.spec) as 'String',
        nullable: top ? NULLABLE_AT_TOP.has(name) : field.optional === true,
        description:
          field.description ?? FIELD_DESCRIPTIONS[name as keyof typeof FIELD_DESCRIPTIONS],
        resolve: (parent) => parent[name] as string,
      }),
    ]),
  );

const objectTypeOf = (spec: ObjectSpec): unknown => {
  const known = objectTypes.get(spec.name);
  if (known) return known;
  const ref = builder.objectRef<Value>(spec.name);
  objectTypes.set(spec.name, ref);
  ref.implement({ description: spec.description, fields: (t) => fieldsOf(t, spec.fields, false) });
  return ref;
};

const PAYLOAD_TYPES = (Object.keys(PAYLOADS) as PayloadEventType[]).map((type) =>
  builder.objectRef<Payload>(type).implement({
    description: PAYLOADS[type].description,
    fields: (t) =>
      fieldsOf(
        t as unknown as PothosSchemaTypes.ObjectFieldBuilder<Types, Value>,
        PAYLOADS[type].fields as Readonly<Record<string, FieldSpec>>,
        true,
      ),
  }),
);

export const EventPayloadType = builder.unionType('EventPayload', {
  description:
    'An event’s data, typed per event type (`__typename` is the event type): the current version of each event type, older events upcast. Ids of other items are global ids; for partners and anonymous callers, those of items they may not see are null or left out, as in `data`. A field name has one type in every member (nullable where any event type may leave it out), so fragments on several members never conflict.',
  types: PAYLOAD_TYPES,
  resolveType: (payload) => payload[TYPE],
});

const isPayloadType = (type: string): type is PayloadEventType => Object.hasOwn(PAYLOADS, type);

/**
 * The payload of an event as the caller may see it: the (already redacted) stored data, upcast
 * to the current version. Upcasting after redaction shows what redacting the upcast data would:
 * the steps only reshape (a single suggestion id becomes a list, a day's format changes) and
 * never bring an id in.
 */
export const payloadOf = (event: FeedEvent): Payload | null => {
  const { type } = event;
  if (!isPayloadType(type)) return null;
  const current = upcast({ type, schemaVersion: event.schemaVersion, data: event.data });
  const data = isRecord(current.data) ? current.data : {};
  return {
    ...shownFields(PAYLOADS[type].fields as Readonly<Record<string, FieldSpec>>, data),
    [TYPE]: type,
  };
};

builder.objectField(FeedEventType, 'payload', (t) =>
  t.field({
    type: EventPayloadType,
    nullable: true,
    description:
      'The event’s data, typed per event type, in the current version of its type (switch on `__typename`, which equals `type`). Null only for an event type this release does not know.',
    resolve: (event) => payloadOf(event),
  }),
);

/**
 * The object type of a payload's nested object (an indicator's baseline or target, a measure's
 * lead unit), shared by the read model where it has the same shape: one GraphQL type for both.
 */
export const payloadObjectType = <Shape extends object>(
  spec: ObjectSpec,
): ObjectRef<Types, Shape> => objectTypeOf(spec) as ObjectRef<Types, Shape>;
