import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { EventMetadata, Json, JsonObject } from './types.js';

/**
 * The secret that marks events as written by an API process: held by the application (derived
 * from its signing key), never by the database. A superuser who inserts a row by hand cannot
 * make a valid MAC for it.
 */
export interface EventMacKey {
  readonly keyId: string;
  readonly secret: Buffer;
}

/** What the MAC covers: everything the writer decides (the database adds version and times). */
export interface MacFields {
  readonly streamId: string;
  readonly streamType: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  /** ISO 8601 with milliseconds, as stored. */
  readonly occurredAt: string;
}

const macOver = (key: EventMacKey, nonce: string, fields: MacFields): string =>
  createHmac('sha256', key.secret)
    .update(
      canonicalJson([
        'fahrplan-event-mac/1',
        nonce,
        fields.streamId,
        fields.streamType,
        fields.type,
        fields.schemaVersion,
        fields.data,
        fields.metadata as Json,
        new Date(fields.occurredAt).toISOString(),
      ]),
    )
    .digest('base64url');

/**
 * `v1.<keyId>.<nonce>.<mac>`: the nonce makes every MAC unique, so a copied row shows up as a
 * nonce seen twice (the MAC cannot cover the stream version, which the insert itself assigns).
 */
export const eventMacOf = (key: EventMacKey, fields: MacFields): string => {
  const nonce = randomBytes(12).toString('base64url');
  return `v1.${key.keyId}.${nonce}.${macOver(key, nonce, fields)}`;
};

export type MacVerdict =
  | { readonly kind: 'valid'; readonly nonce: string }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'otherKey'; readonly keyId: string };

export const checkEventMac = (key: EventMacKey, mac: string, fields: MacFields): MacVerdict => {
  const [version, keyId, nonce, value] = mac.split('.');
  if (version !== 'v1' || !keyId || !nonce || !value) return { kind: 'invalid' };
  if (keyId !== key.keyId) return { kind: 'otherKey', keyId };
  const expected = Buffer.from(macOver(key, nonce, fields));
  const actual = Buffer.from(value);
  return expected.length === actual.length && timingSafeEqual(expected, actual)
    ? { kind: 'valid', nonce }
    : { kind: 'invalid' };
};
