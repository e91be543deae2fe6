import { connect, migrate } from '@fahrplan/api/database';
import { createEventStore } from '@fahrplan/api/event-store';
import type { EventIdentity, Peer, PeerDefinition } from './peer.js';

/**
 * Fahrplan's store as the app uses it: default options, so the hash chain is extended in the
 * background right after each commit, and `settle()` waits for the chain to cover everything.
 */
export const fahrplan: PeerDefinition = {
  id: 'fahrplan',
  label: 'Fahrplan',
  open: async (url): Promise<Peer> => {
    const database = await connect({ kind: 'postgres', url }, { maxConnections: 10 });
    await migrate(database);
    const store = createEventStore(database);
    return {
      append: async (streamId, events, expectedVersion) => {
        const [first] = events;
        const result = await store.append(
          streamId,
          events.map(({ type, schemaVersion, data, occurredAt }) => ({
            type,
            schemaVersion,
            data,
            occurredAt,
          })),
          // A command's metadata is shared by its events: the store merges it into each one.
          { expectedVersion, metadata: first?.metadata ?? {} },
        );
        return result.streams[0]?.nextExpectedVersion ?? expectedVersion;
      },
      settle: () => store.seal(),
      readStream: async (streamId) => (await store.readStream(streamId)).length,
      readAll: async (pageSize, onPage) => {
        const read: EventIdentity[] = [];
        let after = 0;
        for (;;) {
          const page = await store.readAll({ after, limit: pageSize });
          for (const event of page) read.push(event.id);
          if (page.length === 0) return read;
          after = page.at(-1)?.position ?? after;
          onPage(read.length);
          if (page.length < pageSize) return read;
        }
      },
      close: async () => {
        await store.close();
        await database.close();
      },
    };
  },
};
