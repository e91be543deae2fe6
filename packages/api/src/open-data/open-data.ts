import type { SqlRunner } from '../database/index.js';
import { buildBundle, type ProcessBundle, publicProcesses } from './bundle.js';
import { type LogHead, readLogHead } from './head.js';
import type { OpenDataSettings } from './settings.js';

/** Every process's open data as of one log head. */
export interface Snapshot {
  readonly head: LogHead;
  /** By process slug, in the catalogue's order (by title). */
  readonly bundles: ReadonlyMap<string, ProcessBundle>;
}

export interface OpenData {
  /** The files as of the log's head now: built once per head, then served from memory. */
  snapshot(): Promise<Snapshot>;
  readonly settings: OpenDataSettings;
}

/**
 * The open data, regenerated lazily when the log moves on: each request reads the head (one
 * indexed row) and gets the snapshot cut at it. Requests arriving while one is built share that
 * build; a failed build is forgotten, so the next request tries again. Keyed by the head rather
 * than by a timer, every API instance serves the same bytes for the same log.
 */
export const createOpenData = (runner: SqlRunner, settings: OpenDataSettings): OpenData => {
  let current: { readonly position: number; readonly build: Promise<Snapshot> } | undefined;

  const build = async (head: LogHead): Promise<Snapshot> => {
    const processes = await publicProcesses(runner);
    const bundles = new Map<string, ProcessBundle>();
    // One process after the other: a build must not take every connection of the pool.
    for (const process of processes) {
      bundles.set(process.slug, await buildBundle(runner, process, head, settings));
    }
    return { head, bundles };
  };

  return {
    settings,
    snapshot: async () => {
      const head = await readLogHead(runner);
      if (current?.position !== head.position) {
        const started = { position: head.position, build: build(head) };
        current = started;
        started.build.catch(() => {
          if (current === started) current = undefined;
        });
      }
      return current.build;
    },
  };
};
