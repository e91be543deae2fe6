import {
  DomainError,
  type Grant,
  isDomainError,
  type UserCommand,
  type UserEvent,
  user,
  userStateOf,
} from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { toDomainEvent, toNewEvent } from '../event-log/event-mapping.js';
import { ConcurrencyError, type EventStore, type JsonObject } from '../event-store/index.js';
import { readStream } from '../event-store/read.js';
import { SUBJECT_KEY_OF_ROW } from '../privacy/subject-keys.js';
import { personalRecordOf } from '../queries/personal-data.js';

/** A user lives in the stream `User-<id>`, in the same tamper-evident log as every item. */
export const userStreamOf = (userId: string): string => `User-${userId}`;

/** How events record a signed-in person: `user:<id>` (the id, never the name). */
export const actorOfUser = (userId: string): string => `user:${userId}`;

/** The user id behind an actor recorded as `user:<id>`; undefined for any other actor. */
export const userIdOfActor = (actor: string): string | undefined =>
  actor.startsWith('user:') && actor.length > 5 ? actor.slice(5) : undefined;

/** A user as the log has them now; name and e-mail are gone once erased (GDPR). */
export interface UserRecord {
  readonly userId: string;
  readonly name?: string;
  readonly email?: string;
  readonly erased: boolean;
  readonly organisation?: string;
  readonly unit?: string;
  readonly grants: readonly Grant[];
  readonly version: number;
}

/** The user, folded from their stream (a handful of events), or undefined for none. */
export const readUser = async (
  runner: SqlRunner,
  userId: string,
): Promise<UserRecord | undefined> => {
  const recorded = await readStream(runner, userStreamOf(userId));
  const state = userStateOf(recorded.map(toDomainEvent) as UserEvent[]);
  if (state.status !== 'registered') return undefined;
  const details = recorded[0]?.personalData.find((record) => record.subjectId === userId);
  const erased = details?.erased === true || details === undefined;
  return {
    userId,
    ...(erased ? {} : { name: String(details.name), email: String(details.email) }),
    erased,
    ...(state.organisation === undefined ? {} : { organisation: state.organisation }),
    ...(state.unit === undefined ? {} : { unit: state.unit }),
    grants: state.grants,
    version: recorded.length,
  };
};

const conflictOf = (userId: string) =>
  new DomainError(
    'CONFLICT',
    {
      de: `Nutzer „${userId}“ wurde inzwischen geändert. Bitte erneut versuchen.`,
      en: `User "${userId}" has changed meanwhile. Please try again.`,
    },
    { field: 'userId' },
  );

/**
 * Runs a user command (authorized by the caller already: its metadata carries the role it is
 * issued in): load the stream, decide, append with the loaded version. Answers the user after,
 * or throws the DomainError that refused it; nothing is appended then.
 */
export const runUserCommand = async (
  store: Pick<EventStore, 'readStream' | 'appendMany'>,
  command: UserCommand,
): Promise<readonly UserEvent[]> => {
  const userId = user.targetOf(command);
  const recorded = await store.readStream(userStreamOf(userId));
  const state = userStateOf(recorded.map(toDomainEvent) as UserEvent[]);
  const events = user.decide(command, state);
  if (isDomainError(events)) throw events;
  try {
    await store.appendMany(
      [
        {
          streamId: userStreamOf(userId),
          events: events.map(toNewEvent),
          expectedVersion: recorded.length,
        },
      ],
      {
        metadata: {
          actor: command.metadata.actor,
          role: command.metadata.role,
          command: command.type,
        },
      },
    );
  } catch (error) {
    if (error instanceof ConcurrencyError) throw conflictOf(userId);
    throw error;
  }
  return events;
};

/** The names of these users as registered (none once erased): one query for many actors. */
export const userNames = async (
  runner: SqlRunner,
  userIds: readonly string[],
): Promise<Map<string, string>> => {
  if (userIds.length === 0) return new Map();
  const rows = await runner.rows<{
    subject_id: string;
    data: JsonObject | null;
    key: string | null;
  }>(sql`
    SELECT p.subject_id, p.data, ${SUBJECT_KEY_OF_ROW} AS key
    FROM personal_data p JOIN events e ON e.id = p.event_id
    WHERE e.stream_id IN (${sql.join(
      userIds.map((id) => sql`${userStreamOf(id)}`),
      sql`, `,
    )}) AND e.stream_version = 1`);
  const names = new Map<string, string>();
  for (const row of rows) {
    const record = personalRecordOf(row.subject_id, row.data, row.key);
    if (!record.erased && record.name) names.set(row.subject_id, record.name);
  }
  return names;
};
