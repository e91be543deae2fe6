/** An event as read from the store, before it is trusted to have the current shape. */
export interface StoredEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly [key: string]: unknown;
}

/** One step: the data of version n into the data of version n + 1. */
export type UpcastStep = (data: unknown) => unknown;

/** The current version of one event type and the steps that lead to it from version 1. */
export interface EventSchema {
  readonly current: number;
  /** `steps[n]` turns version n into n + 1, for every n from 1 to current − 1. */
  readonly steps: Readonly<Record<number, UpcastStep>>;
}

export type UpcastRegistry = Readonly<Record<string, EventSchema>>;

/** What `upcast` returns: the event with its data in the current shape. */
export type Upcast<R extends StoredEvent> = Omit<R, 'schemaVersion' | 'data'> & {
  readonly schemaVersion: number;
  readonly data: unknown;
};

/**
 * Builds `upcast` for a registry. A broken registry, a malformed version or a version newer than
 * this code knows are programming or deployment errors, not user errors: they throw `Error`.
 */
export const createUpcaster = (registry: UpcastRegistry) => {
  for (const [type, schema] of Object.entries(registry)) {
    for (let version = 1; version < schema.current; version++) {
      if (schema.steps[version] === undefined) {
        throw new Error(`Upcast registry: ${type} has no step from version ${version}.`);
      }
    }
  }
  return <R extends StoredEvent>(raw: R): Upcast<R> => {
    const { type, schemaVersion } = raw;
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
      throw new Error(
        `${type}: schema version ${String(schemaVersion)} is not a positive integer.`,
      );
    }
    // Unregistered types have only ever had one shape: they pass as they are.
    const schema = Object.hasOwn(registry, type) ? registry[type] : undefined;
    if (schema === undefined) return raw;
    if (schemaVersion > schema.current) {
      throw new Error(
        `${type} has schema version ${schemaVersion}, but this code knows only up to ${schema.current}: ` +
          'the event was written by a newer release.',
      );
    }
    let data = raw.data;
    for (let version = schemaVersion; version < schema.current; version++) {
      const step = schema.steps[version];
      if (step === undefined) throw new Error(`${type}: no upcast step from version ${version}.`);
      data = step(data);
    }
    return { ...raw, schemaVersion: schema.current, data };
  };
};
