import { describe, expect, it } from 'vitest';
import { checkEventMac, eventMacOf, type MacFields } from '../event-store/event-mac.js';
import { signatureValid, signClaim, signedBytes } from './checkpoint.js';
import { parseCheckpointText } from './checkpoint-input.js';
import {
  eventMacKeyOf,
  generateSigningKey,
  SigningKeyError,
  signingKeyOf,
  verifyingKeyFrom,
} from './signing-key.js';

const { privatePem, key } = generateSigningKey();
const HASH = 'ab'.repeat(32);

describe('a signing key', () => {
  it('reads back from its PEM with the same id, public key and MAC secret', () => {
    const again = signingKeyOf(privatePem);
    expect(again.keyId).toBe(key.keyId);
    expect(again.publicKeyBase64).toBe(key.publicKeyBase64);
    expect(again.eventMacKey.equals(key.eventMacKey)).toBe(true);
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is known to verifiers by its PEM or its raw base64 alike', () => {
    expect(verifyingKeyFrom(key.publicKeyPem).keyId).toBe(key.keyId);
    expect(verifyingKeyFrom(key.publicKeyBase64).keyId).toBe(key.keyId);
  });

  it.each(['', 'abc', '-----BEGIN PUBLIC KEY-----\nxyz\n-----END PUBLIC KEY-----'])(
    'refuses %j as a public key',
    (text) => expect(() => verifyingKeyFrom(text)).toThrow(SigningKeyError),
  );
});

describe('a checkpoint', () => {
  const checkpoint = signClaim(
    { position: 42, hash: HASH, signedAt: '2026-12-05T01:30:00.000Z' },
    key,
  );

  it('signs the documented bytes', () => {
    expect(signedBytes(checkpoint)).toBe(
      `{"hash":"${HASH}","keyId":"${key.keyId}","position":42,"signedAt":"2026-12-05T01:30:00.000Z"}`,
    );
    expect(signatureValid(checkpoint, key)).toBe(true);
  });

  it.each([{ position: 43 }, { hash: 'cd'.repeat(32) }, { signedAt: '2026-12-05T01:30:00.001Z' }])(
    'fails once %o is changed',
    (change) => {
      expect(signatureValid({ ...checkpoint, ...change }, key)).toBe(false);
    },
  );

  it('fails against another key', () => {
    const other = generateSigningKey().key;
    expect(signatureValid(checkpoint, other)).toBe(false);
    expect(signatureValid({ ...checkpoint, keyId: other.keyId }, other)).toBe(false);
  });

  it('is read from position:hash or from its file', () => {
    expect(parseCheckpointText(`42:${HASH}`)).toEqual({ position: 42, hash: HASH });
    expect(parseCheckpointText(JSON.stringify(checkpoint))).toEqual(checkpoint);
  });

  it.each([
    ['42', 'checkpoint'],
    [`42:${HASH.slice(1)}`, 'hash'],
    [`x:${HASH}`, 'checkpoint'],
    [`{"position":-1,"hash":"${HASH}"}`, 'position'],
    [`{"position":1,"hash":"${HASH}","signature":"${checkpoint.signature}"}`, 'signedAt'],
  ])('refuses %s naming %s', (text, field) => {
    expect(() => parseCheckpointText(text)).toThrow(expect.objectContaining({ field }));
  });
});

describe('an event MAC', () => {
  const macKey = eventMacKeyOf(key);
  const fields: MacFields = {
    streamId: 'ActionField-1',
    streamType: 'ActionField',
    type: 'ActionFieldDefined',
    schemaVersion: 1,
    data: { title: 'Digitalisierung', tags: ['a', 'b'] },
    metadata: { actor: 'team', role: 'team' },
    occurredAt: '2016-05-01T00:00:00Z',
  };

  it('holds for the same fields, whatever the key order and time notation', () => {
    const mac = eventMacOf(macKey, fields);
    const stored = { ...fields, data: { tags: ['a', 'b'], title: 'Digitalisierung' } };
    expect(
      checkEventMac(macKey, mac, { ...stored, occurredAt: '2016-05-01T00:00:00.000Z' }),
    ).toMatchObject({
      kind: 'valid',
    });
  });

  it('fails for changed data, a forged value, or is left to the key that made it', () => {
    const mac = eventMacOf(macKey, fields);
    expect(checkEventMac(macKey, mac, { ...fields, data: { title: 'Gefälscht' } }).kind).toBe(
      'invalid',
    );
    expect(checkEventMac(macKey, `${mac.slice(0, -2)}xx`, fields).kind).toBe('invalid');
    expect(checkEventMac(macKey, 'v1.broken', fields).kind).toBe('invalid');
    const other = eventMacKeyOf(generateSigningKey().key);
    expect(checkEventMac(other, mac, fields)).toEqual({ kind: 'otherKey', keyId: key.keyId });
  });

  it('is unique per event, so a copied row shows', () => {
    expect(eventMacOf(macKey, fields)).not.toBe(eventMacOf(macKey, fields));
  });
});
