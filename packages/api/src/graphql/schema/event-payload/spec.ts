import type {
  AggregateKind,
  CalendarDate,
  Confidence,
  Direction,
  ItemEvent,
  MeetingKind,
  ParticipantCounts,
  PartnerRole,
  Priority,
  ProjectPartner,
  Sector,
  SuggestionChannel,
} from '@fahrplan/domain';

/**
 * How an event's data becomes a GraphQL object type, field by field. The types below tie each
 * description to the domain's TypeScript event data: a field added to, renamed in or removed from
 * an event, a field that becomes optional, or a changed value type fails to compile until the
 * table in `fields.ts` says how the schema shows it.
 */

/** The API's own event (a GDPR erasure on a `Subject-…` stream): no item's, but in the feed. */
export interface PersonalDataErased {
  readonly type: 'PersonalDataErased';
  readonly data: { readonly subjectId: string; readonly records: number };
}

/** Every event the feed can carry: each aggregate's, and the API's own. */
export type PayloadEvent = ItemEvent | PersonalDataErased;

export type PayloadEventType = PayloadEvent['type'];

/** The closed sets the schema has an enum for, by the enum's GraphQL name. */
export interface EnumValues {
  readonly Priority: Priority;
  readonly Sector: Sector;
  readonly MeetingKind: MeetingKind;
  readonly SuggestionChannel: SuggestionChannel;
  readonly PartnerRole: PartnerRole;
  readonly ItemKind: AggregateKind;
  readonly Confidence: Confidence;
  readonly IndicatorDirection: Direction;
}

/** Object types the schema already has, by name, with the shape they show. */
export interface NamedShapes {
  /** Another item named by its kind and id (an origin, what took a suggestion up). */
  readonly ItemReference: { readonly kind: AggregateKind; readonly id: string };
  readonly ParticipantCounts: ParticipantCounts;
  readonly ProjectPartner: ProjectPartner;
}

export type LeafSpec =
  | { readonly kind: 'string' }
  | { readonly kind: 'int' }
  | { readonly kind: 'float' }
  | { readonly kind: 'date' }
  | { readonly kind: 'dateTime' }
  /** An id that names no item (a milestone within its measure, a data subject): as stored. */
  | { readonly kind: 'key' }
  /**
   * The id of an item of this kind: shown as its global id (use it with `node`). `self` marks the
   * event's own item, never hidden from its own event; another may be.
   */
  | ItemSpec
  | { readonly kind: 'enum'; readonly name: keyof EnumValues }
  | { readonly kind: 'named'; readonly name: keyof NamedShapes };

export interface ItemSpec {
  readonly kind: 'item';
  readonly of: AggregateKind;
  readonly self?: true;
}

export interface ObjectSpec {
  readonly kind: 'object';
  readonly name: string;
  readonly description: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

export type Spec = LeafSpec | ObjectSpec | { readonly kind: 'list'; readonly of: Spec };

export interface FieldSpec {
  readonly spec: Spec;
  /** Absent from some events of the type: the field is nullable. */
  readonly optional?: boolean;
  /** Where the shared description of the field's name does not fit. */
  readonly description?: string;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type EnumFor<V> = {
  [N in keyof EnumValues]: Same<V, EnumValues[N]> extends true
    ? { readonly kind: 'enum'; readonly name: N }
    : never;
}[keyof EnumValues];

/** A named type fits where the value fits its shape and has exactly its fields. */
type NamedFor<V> = {
  [N in keyof NamedShapes]: [V] extends [NamedShapes[N]]
    ? Same<keyof V, keyof NamedShapes[N]> extends true
      ? { readonly kind: 'named'; readonly name: N }
      : never
    : never;
}[keyof NamedShapes];

/** The specs that may show a value of TypeScript type `V`. */
export type SpecFor<V> = [V] extends [CalendarDate]
  ? { readonly kind: 'date' }
  : [V] extends [string]
    ? string extends V
      ?
          | { readonly kind: 'string' }
          | { readonly kind: 'dateTime' }
          | { readonly kind: 'key' }
          | ItemSpec
      : EnumFor<V>
    : [V] extends [number]
      ? { readonly kind: 'int' } | { readonly kind: 'float' }
      : [V] extends [readonly (infer E)[]]
        ? { readonly kind: 'list'; readonly of: SpecFor<E> }
        : [V] extends [object]
          ?
              | NamedFor<V>
              | {
                  readonly kind: 'object';
                  readonly name: string;
                  readonly description: string;
                  readonly fields: FieldsOf<V>;
                }
          : never;

/** One spec per field of `D`, none missing, none extra; optional exactly where `D`'s is. */
export type FieldsOf<D> = {
  readonly [K in keyof D]-?: undefined extends D[K]
    ? {
        readonly spec: SpecFor<Exclude<D[K], undefined>>;
        readonly optional: true;
        readonly description?: string;
      }
    : { readonly spec: SpecFor<D[K]>; readonly optional?: false; readonly description?: string };
};

type DataOf<T extends PayloadEventType> = Extract<PayloadEvent, { type: T }>['data'];

export interface PayloadSpec<T extends PayloadEventType> {
  /** What happened, for the schema's description of the type. */
  readonly description: string;
  readonly fields: FieldsOf<DataOf<T>>;
}

/** Every event type with how its data is shown: a type left out does not compile. */
export type PayloadTable = { readonly [T in PayloadEventType]: PayloadSpec<T> };

/** Every field name an event's data has: each needs a shared description. */
export type DataFieldName = PayloadEvent extends infer E
  ? E extends { readonly data: infer D }
    ? keyof D
    : never
  : never;
