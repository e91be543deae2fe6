import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { compose, systemClock } from './composition.js';
import { loadConfig } from './config.js';
import { connect, DataDirLockedError, migrate } from './database/index.js';
import { prepareFirstStart } from './first-start.js';
import { removeOperatorAccess, writeOperatorAccess } from './operator/operator-file.js';
import { refillReadModels } from './projections/refill.js';

/** The composition root: configuration, database, event store, HTTP server. */
const main = async (): Promise<void> => {
  const config = loadConfig();
  const database = await connect(config.database);
  await migrate(database);
  const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
  // The embedded database has one owner: this process serves the CLI's token commands.
  const dataDir = config.database.kind === 'pglite' ? config.database.dataDir : undefined;
  const operatorSecret = dataDir ? randomBytes(32).toString('base64url') : undefined;
  const { store, app, execute, feed } = compose(database, {
    webRoot,
    store: { sealEveryMs: 1000 },
    rateLimit: config.rateLimit,
    ...(operatorSecret ? { operatorSecret } : {}),
    timeZone: config.timeZone,
    subscriptions: config.subscriptions,
  });
  if (config.database.kind === 'pglite') {
    await prepareFirstStart(database, execute, {
      now: systemClock.now(),
      timeZone: config.timeZone,
      log: console.log,
    });
  }
  await store.seal();
  const refilled = await refillReadModels(database);
  if (refilled > 0) console.log(`Lesemodelle aus ${refilled} Ereignissen neu aufgebaut.`);
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    const where =
      config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL';
    if (dataDir && operatorSecret) {
      const url = `http://127.0.0.1:${info.port}`;
      writeOperatorAccess(dataDir, { pid: process.pid, url, secret: operatorSecret });
      process.once('exit', () => removeOperatorAccess(dataDir));
    }
    console.log(`Fahrplan läuft auf http://localhost:${info.port} (${where})`);
  });

  const shutdown = (): void => {
    // Ending the subscriptions first completes their SSE responses, which would hold close open.
    void feed.close().finally(() =>
      server.close(async () => {
        await store.close();
        await database.close();
        process.exit(0);
      }),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
};

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  console.error(error);
  process.exit(1);
});
