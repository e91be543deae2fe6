/**
 * Child process for the crash test: appends 3-event batches (with personal data, so each is a
 * multi-statement transaction) to rotating streams until it is killed.
 */
import { loadConfig } from '../config.js';
import { connect, migrate } from '../database/index.js';
import { createEventStore } from '../event-store/index.js';

const database = await connect(loadConfig().database, { maxConnections: 4 });
await migrate(database);
const store = createEventStore(database, { autoSeal: false });
const version = new Map<string, number>();
const writer = async (lane: number) => {
  for (let round = 0; ; round++) {
    const streamId = `Meeting-crash-${lane}-${round % 5}`;
    const expectedVersion = version.get(streamId) ?? 0;
    const event = (type: string) => ({
      type,
      schemaVersion: 1,
      data: { lane, round, filler: 'x'.repeat(200) },
      occurredAt: '2017-03-07T10:00:00.000Z',
      personalData: [{ subjectId: `p-${lane}-${round}`, name: 'Teilnehmende Person' }],
    });
    const result = await store.append(
      streamId,
      [event('BatchStarted'), event('BatchContinued'), event('BatchFinished')],
      { expectedVersion },
    );
    version.set(streamId, result.streams[0]?.nextExpectedVersion ?? 0);
    if (lane === 0 && round === 2) process.stdout.write('ready\n');
  }
};
await Promise.all([0, 1, 2].map(writer));
