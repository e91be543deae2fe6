import type { BenchEvent } from '../events.js';

/** What tells two read events apart: a storage id or a message id. */
export type EventIdentity = number | string;

/** One event store under test, opened on a database of its own. */
export interface Peer {
  /**
   * Appends to one stream, checking that it is at `expectedVersion` (0: new stream).
   * Returns the stream's version after the append.
   */
  append(streamId: string, events: readonly BenchEvent[], expectedVersion: number): Promise<number>;
  /**
   * Waits until everything appended so far is in the peer's readable global order. Fahrplan:
   * sealed into the hash chain. The others have nothing left to do after commit.
   */
  settle(): Promise<void>;
  /** Reads one stream in version order; returns the number of events. */
  readStream(streamId: string): Promise<number>;
  /**
   * Reads the whole global log in pages of `pageSize`, in the peer's global order; returns the
   * identities of the events read, in the order read (to check for duplicates and gaps).
   */
  readAll(pageSize: number, onPage: (eventsSoFar: number) => void): Promise<EventIdentity[]>;
  close(): Promise<void>;
}

export interface PeerDefinition {
  /** Short name: used in the database name. */
  readonly id: string;
  /** Column heading in the report. */
  readonly label: string;
  open(url: string): Promise<Peer>;
}
