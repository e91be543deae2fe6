import type { FieldChange, HistoryEntry } from '../../queries/history.js';
import type { PersonalRecord } from '../../queries/personal-data.js';
import { isPublic } from '../../visibility/rules.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { actorNameField } from './actors.js';
import { EventTypeEnum, RoleEnum, roleOf } from './enums.js';
import { nullablePositionField } from './position.js';
import { readModelType } from './read-model.js';

/** A field change with the moment its event was recorded, to name items as they were then. */
export type FieldChangeAt = FieldChange & { readonly recordedAt: string };

/**
 * History as the caller may see it. Of an item outside the processes where they read everything
 * (partners: of every item), callers see its life from its publication on, without who acted or
 * personal data, and each event only for what it reveals (see `visibility/redactor.ts`).
 */
export const historyFor = async (
  kind: string,
  id: string,
  history: HistoryEntry[],
  { scope, redactor }: Pick<GraphQLContext, 'scope' | 'redactor'>,
): Promise<HistoryEntry[]> => {
  if (scope === 'all') return history;
  const full = await redactor.seesAllOf(id);
  return Promise.all(
    history
      .filter((entry) => full || isPublic(kind, entry.status))
      .map(async (entry): Promise<HistoryEntry> => {
        const [disclosed, changes] = await Promise.all([
          redactor.event({ ...entry, itemId: id, type: entry.eventType }),
          redactor.changes(entry.changes, id),
        ]);
        return {
          ...entry,
          ...disclosed,
          actor: full ? entry.actor : null,
          changes,
          people: full ? entry.people : [],
        };
      }),
  );
};

export const FieldChangeType = builder.objectRef<FieldChangeAt>('FieldChange').implement({
  description: 'One field an event changed, with its value before and after.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field’s name in the item’s state.' }),
    before: t.expose('before', {
      type: 'JSON',
      nullable: true,
      description: 'The value before the event; null when the field was not set.',
    }),
    after: t.expose('after', {
      type: 'JSON',
      nullable: true,
      description: 'The value after the event; null when the event removed it.',
    }),
  }),
});

const PersonRecordType = builder.objectRef<PersonalRecord>('PersonRecord').implement({
  description:
    'Personal data an event carried (a participant, a submitter), kept beside the tamper-evident log so it can be erased. Shown to the project team, the ministry and admins only.',
  fields: (t) => ({
    subjectId: t.exposeString('subjectId', { description: 'The person’s pseudonymous id.' }),
    erased: t.exposeBoolean('erased', {
      description: 'True once the data was erased (DSGVO): the fields below are then null.',
    }),
    name: t.string({
      nullable: true,
      description: 'Name, unless erased.',
      resolve: (person) => (person.erased ? null : (person.name ?? null)),
    }),
    email: t.string({
      nullable: true,
      description: 'E-mail address, unless erased.',
      resolve: (person) => (person.erased ? null : (person.email ?? null)),
    }),
    organisation: t.string({
      nullable: true,
      description: 'Organisation, unless erased.',
      resolve: (person) => (person.erased ? null : (person.organisation ?? null)),
    }),
  }),
});

export const HistoryEntryType = readModelType<HistoryEntry>(
  'HistoryEntry',
  'One event in an item’s life (Verlauf): who, when, why, and what changed.',
  {
    version: { type: 'Int', description: 'The item’s version after this event.' },
    actor: {
      type: 'String',
      nullable: true,
      description:
        'Who issued the change (e.g. `token:03de1dfc4398`). Always null for partners and anonymous callers: they learn no actor identifiers, only the `role`.',
    },
    reason: {
      type: 'String',
      nullable: true,
      description:
        'Why (Begründung). Null for partners and anonymous callers where the event names an item they may not see or shares its reason with such an item’s event; `evidence` is then empty and such ids are left out of `changes`.',
    },
    evidence: {
      type: ['JSON'],
      description:
        'Evidence given: source URLs, documents, the meeting it was decided at (partners: without the team’s note, and empty where `reason` is withheld).',
    },
    occurredAt: { type: 'DateTime', description: 'When it happened in the real world.' },
    recordedAt: { type: 'DateTime', description: 'When Fahrplan recorded it.' },
    people: {
      type: [PersonRecordType],
      description:
        'Personal data this event carried; “erased” after a GDPR erasure. Empty for partners.',
    },
  },
  (t) => ({
    position: nullablePositionField(
      t,
      'position',
      'The event’s global position in the `events` feed (null for a few ms after writing).',
    ),
    type: t.expose('eventType', {
      type: EventTypeEnum,
      description: 'The event type, e.g. `RecommendationAdopted`.',
    }),
    actorName: actorNameField(t, (entry) => entry.actor),
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'The role they acted in.',
      resolve: (entry) => roleOf(entry.role),
    }),
    changes: t.field({
      type: [FieldChangeType],
      description: 'The fields this event changed (before → after).',
      resolve: (entry) =>
        entry.changes.map((change) => ({ ...change, recordedAt: entry.recordedAt })),
    }),
  }),
);
