import { dumbo, endPool } from '@event-driven-io/dumbo';
import type { Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import type { BenchEvent, JsonObject } from '../events.js';
import type { EventIdentity, Peer, PeerDefinition } from './peer.js';

type EmmettEvent = Event<string, JsonObject, JsonObject>;

const toEmmett = (event: BenchEvent): EmmettEvent => ({
  type: event.type,
  // Emmett has no occurred-at column: it travels in the data, as an Emmett user would keep it.
  data: { ...event.data, occurredAt: event.occurredAt },
  metadata: event.metadata,
});

/**
 * Emmett's PostgreSQL event store with its defaults (a pg pool of 10). Emmett 0.42 has no
 * read-all on the store object; its consumers pull the global log with the exported
 * `readMessagesBatch` (the same query, `after` + `batchSize`), which is what is timed here,
 * on a dumbo executor for the same connection string (dumbo shares the store's pg pool).
 */
export const emmett: PeerDefinition = {
  id: 'emmett',
  label: 'Emmett',
  open: async (url): Promise<Peer> => {
    const store = getPostgreSQLEventStore(url);
    await store.schema.migrate();
    const reader = dumbo({ connectionString: url });
    return {
      append: async (streamId, events, expectedVersion) => {
        const result = await store.appendToStream<EmmettEvent>(streamId, events.map(toEmmett), {
          expectedStreamVersion: BigInt(expectedVersion),
        });
        return Number(result.nextExpectedStreamVersion);
      },
      settle: async () => {},
      readStream: async (streamId) => (await store.readStream<EmmettEvent>(streamId)).events.length,
      readAll: async (pageSize, onPage) => {
        const read: EventIdentity[] = [];
        let after = 0n;
        for (;;) {
          const batch = await readMessagesBatch<EmmettEvent>(reader.execute, {
            after,
            batchSize: pageSize,
          });
          for (const message of batch.messages) read.push(message.metadata.messageId);
          after = batch.currentGlobalPosition;
          if (batch.messages.length > 0) onPage(read.length);
          if (!batch.areMessagesLeft) return read;
        }
      },
      close: async () => {
        await reader.close();
        await store.close();
        // The schema migration takes a pool reference it never gives back: end it for good.
        await endPool({ connectionString: url, force: true });
      },
    };
  },
};
