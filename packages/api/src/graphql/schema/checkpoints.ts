import { DomainError, isDomainError } from '@fahrplan/domain';
import type { Caller } from '../../auth/caller.js';
import { countCheckpoints } from '../../checkpoints/checkpoint-store.js';
import {
  CannotCheckError,
  type CheckpointCheck,
  parseCheckpointInput,
  type StoredCheckpoint,
  signedBytes,
} from '../../checkpoints/index.js';
import { type PublicKeyDocument, publicKeyDocument } from '../../checkpoints/public-key.js';
import { builder } from '../builder.js';
import { toGraphQLError } from '../errors.js';
import { forwardPage } from '../forward-page.js';
import { positionCursor } from '../position-cursor.js';
import { nullablePositionField, positionField } from './position.js';
import { readModelType } from './read-model.js';

/** Signing on demand is no domain command: the ministry and admins may. */
export const SIGN_CHECKPOINT = 'signCheckpoint';
export const maySign = (caller: Caller): boolean =>
  caller.role === 'ministry' || caller.role === 'admin';

export const CheckpointType = builder.objectRef<StoredCheckpoint>('Checkpoint').implement({
  description:
    'A signed checkpoint (Prüfpunkt): the hash chain had `hash` at `position` when the API signed it. Keep it: `verifyCheckpoint` (or `pnpm fahrplan verify --checkpoint`) later proves the log still holds exactly that history. Reveals no content.',
  fields: (t) => ({
    position: positionField(
      t,
      'position',
      'The chain position signed (a string, like `Event.position`).',
    ),
    hash: t.exposeString('hash', { description: 'The chain hash at that position (hex).' }),
    signedAt: t.expose('signedAt', {
      type: 'DateTime',
      description: 'When it was signed (UTC, milliseconds): part of the signed bytes.',
    }),
    keyId: t.exposeString('keyId', { description: 'Which key signed it (see `signingKey`).' }),
    signature: t.exposeString('signature', {
      description: 'Ed25519 signature over `signedBytes`, base64.',
    }),
    signedBytes: t.string({
      description:
        'The exact text signed: canonical JSON (keys sorted, no whitespace, UTF-8) of hash, keyId, position (a number) and signedAt.',
      resolve: (checkpoint) => signedBytes(checkpoint),
    }),
  }),
});

const SigningKeyType = builder.objectRef<PublicKeyDocument>('SigningKey').implement({
  description:
    'The public half of the key the API signs checkpoints with (also at `GET /.well-known/fahrplan-signing-key`).',
  fields: (t) => ({
    keyId: t.exposeString('keyId', {
      description: 'First 8 bytes of SHA-256 over the raw public key, hex.',
    }),
    algorithm: t.exposeString('algorithm', { description: 'Always `Ed25519`.' }),
    publicKey: t.exposeString('publicKey', { description: 'The raw 32-byte public key, base64.' }),
    publicKeyPem: t.exposeString('publicKeyPem', {
      description: 'The same as SubjectPublicKeyInfo PEM (for openssl and most libraries).',
    }),
    signedBytes: t.exposeString('signedBytes', {
      description: 'How the signed bytes of a checkpoint are formed.',
    }),
  }),
});

const CheckpointStatusEnum = builder.enumType('CheckpointStatus', {
  description: 'The outcome of checking a checkpoint against the log.',
  values: {
    CONSISTENT: {
      description: 'The log holds exactly the checkpoint’s history up to its position.',
    },
    MISMATCH: { description: 'Another hash at that position: history up to it was rewritten.' },
    TRUNCATED: { description: 'The log ends before the position: events were removed.' },
    TAMPERED: {
      description: 'The hash is there, but an event up to it no longer matches the chain.',
    },
    BAD_SIGNATURE: { description: 'The signature does not hold: the checkpoint is not genuine.' },
  } as const,
});

const CheckpointCheckType = readModelType<CheckpointCheck>(
  'CheckpointCheck',
  'Whether the current log extends a checkpoint, and where it differs if not.',
  {
    status: {
      type: CheckpointStatusEnum,
      description: 'What the check found (see `CheckpointStatus`).',
    },
    ok: { type: 'Boolean', description: 'True when the status is `CONSISTENT`.' },
    hash: { type: 'String', description: 'The hash the checkpoint states.' },
    actualHash: {
      type: 'String',
      nullable: true,
      description: 'The log’s hash at that position now; null where the log does not reach it.',
    },
    headHash: { type: 'String', description: 'The log’s head hash now.' },
    signatureValid: {
      type: 'Boolean',
      nullable: true,
      description: 'Whether the signature holds; null when none was given.',
    },
  },
  (t) => ({
    position: positionField(
      t,
      'position',
      'The checkpoint’s position: where the log was compared.',
    ),
    headPosition: positionField(t, 'headPosition', 'The newest position of the log now.'),
    differsAt: nullablePositionField(
      t,
      'differsAt',
      'The first position found not to match: the event that breaks the chain (`TAMPERED`), or the first one up to the checkpoint no API process wrote (by its MAC), else the checkpoint’s position; null when consistent.',
    ),
    message: t.string({
      description: 'What was found, in the caller’s language.',
      resolve: (check, _args, { locale }) => check.messages[locale],
    }),
  }),
);

builder.queryField('signingKey', (t) =>
  t.field({
    type: SigningKeyType,
    nullable: true,
    description: 'The public key checkpoints are signed with; null when no key is configured.',
    resolve: (_root, _args, { checkpoints }) =>
      checkpoints.key ? publicKeyDocument(checkpoints.key) : null,
  }),
);

builder.queryField('latestCheckpoint', (t) =>
  t.field({
    type: CheckpointType,
    nullable: true,
    description: 'The newest signed checkpoint; null before the first.',
    resolve: async (_root, _args, { checkpoints }) => (await checkpoints.latest()) ?? null,
  }),
);

const { encode: encodeCursor, decode: decodeCursor } = positionCursor('checkpoint');

builder.queryField('checkpoints', (t) =>
  t.connection(
    {
      type: CheckpointType,
      description:
        'Every signed checkpoint, oldest first: partners who sync keep them, so a later rewrite of history is provable.',
      resolve: async (_root, args, { checkpoints, database, locale }) => {
        const paging = forwardPage(args, decodeCursor, locale, { max: 100, fallback: 100 });
        const first = paging.first;
        const after = paging.after ?? 0;
        const rows = await checkpoints.list({ after, limit: first + 1 });
        const page = rows.slice(0, first);
        return {
          edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
          pageInfo: {
            hasNextPage: rows.length > first,
            hasPreviousPage: after > 0,
            startCursor: page[0] ? encodeCursor(page[0].id) : null,
            endCursor: page.at(-1) ? encodeCursor(page.at(-1)?.id ?? 0) : (args.after ?? null),
          },
          totalCount: () => countCheckpoints(database),
        };
      },
    },
    {
      name: 'CheckpointConnection',
      description: 'A page of checkpoints, oldest first (Relay connection).',
    },
    { name: 'CheckpointEdge', description: 'A checkpoint with its cursor.' },
  ),
);

builder.queryField('verifyCheckpoint', (t) =>
  t.field({
    type: CheckpointCheckType,
    description:
      'Does the log still extend this checkpoint (same hash at that position, every event up to it intact)? With `signature` (and its `signedAt`), the signature is checked too, against the API’s key. The recomputation of the chain behind it is shared between callers and reused for up to a minute while the head stays put.',
    args: {
      position: t.arg.string({ required: true, description: 'The checkpoint’s position.' }),
      hash: t.arg.string({ required: true, description: 'The checkpoint’s hash (64 hex).' }),
      signature: t.arg.string({ required: false, description: 'Its signature (base64).' }),
      signedAt: t.arg({
        type: 'DateTime',
        required: false,
        description: 'When it was signed: needed with `signature`.',
      }),
      keyId: t.arg.string({
        required: false,
        description: 'The key it names (default: the API’s key).',
      }),
    },
    resolve: async (_root, args, { checkpoints, locale }) => {
      try {
        const input = parseCheckpointInput(args);
        return await checkpoints.check(input);
      } catch (error) {
        if (error instanceof CannotCheckError) {
          throw toGraphQLError(
            new DomainError(
              'BAD_USER_INPUT',
              {
                de: 'Dieser Server hat keinen Schlüssel: die Signatur kann nicht geprüft werden; ohne „signature“ fragen.',
                en: 'This server has no key: the signature cannot be checked; ask without "signature".',
              },
              { field: 'signature' },
            ),
            locale,
          );
        }
        if (isDomainError(error)) throw toGraphQLError(error, locale);
        throw error;
      }
    },
  }),
);

builder.mutationField(SIGN_CHECKPOINT, (t) =>
  t.field({
    type: CheckpointType,
    description:
      'Sign the chain head now (Prüfpunkt setzen), e.g. before printing a report; returns the checkpoint that covers the head (an existing one if nothing changed). Ministry and admins.',
    resolve: async (_root, _args, context) => {
      try {
        if (!maySign(context.caller)) {
          throw new DomainError(
            'FORBIDDEN',
            {
              de: 'Nur das Ministerium und die Administration dürfen Prüfpunkte signieren.',
              en: 'Only the ministry and admins may sign checkpoints.',
            },
            { details: { role: context.caller.role } },
          );
        }
        return await context.checkpoints.sign(context.now());
      } catch (error) {
        if (isDomainError(error)) throw toGraphQLError(error, context.locale);
        throw error;
      }
    },
  }),
);
