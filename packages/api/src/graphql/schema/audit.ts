import type { TamperFinding, VerifyResult } from '../../event-store/index.js';
import { builder } from '../builder.js';
import { TamperKindEnum } from './enums.js';
import { positionField } from './position.js';

const TamperFindingType = builder.objectRef<TamperFinding>('TamperFinding').implement({
  description: 'Where the event log no longer matches its hash chain.',
  fields: (t) => ({
    kind: t.expose('kind', {
      type: TamperKindEnum,
      description:
        '`altered` (edited or reordered), `missing` (deleted), `gap`, or `unchained` (slipped in).',
    }),
    position: positionField(t, 'position', 'The first global position that does not match.'),
    message: t.exposeString('message', {
      description: 'What is wrong, in English, naming the position and event id.',
    }),
  }),
});

const AuditType = builder.objectRef<VerifyResult>('Audit').implement({
  description:
    'The verification of the tamper-evident hash chain over every event (Prüfung der Ereigniskette).',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'True when every event matches the chain.' }),
    checked: t.exposeInt('checked', {
      description: 'Events verified, now or by an earlier verification, up to the head.',
    }),
    newlyChecked: t.exposeInt('newlyChecked', {
      description:
        'Events whose hashes this audit recomputed: those sealed since the last verification.',
    }),
    headPosition: positionField(t, 'headPosition', 'Position of the newest sealed event.'),
    headHash: t.exposeString('headHash', {
      description:
        'The chain’s head hash: print it in a report. Any later change to the history up to this position would no longer match it.',
    }),
    pending: t.exposeInt('pending', {
      description: 'Newest events not sealed into the chain yet.',
    }),
    finding: t.field({
      type: TamperFindingType,
      nullable: true,
      description: 'The first problem found, if any.',
      resolve: (result) => result.finding ?? null,
    }),
  }),
});

builder.queryField('audit', (t) =>
  t.field({
    type: AuditType,
    description:
      'Verify the event log against its hash chain, incrementally: that the entry verified last still stands, and every event sealed since. A change further back is found by the full verification (`pnpm fahrplan verify`), whose finding is then reported here too, and by signed checkpoints. Costs 10,000 points of the query cost limit.',
    resolve: (_root, _args, { store }) => store.audit(),
  }),
);
