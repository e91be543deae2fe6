import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createKeyFile, loadSigningKey, type SigningKey } from './checkpoints/index.js';
import { compose, systemClock } from './composition.js';
import { type Config, loadConfig } from './config.js';
import { connect, migrate } from './database/index.js';
import { prepareFirstStart } from './first-start.js';

/**
 * The embedded default signs from the first start: it makes its own key beside the data directory
 * (never inside the database). A PostgreSQL installation uses the key its operator created.
 */
const firstKey = (config: Config): SigningKey | undefined => {
  if (config.database.kind !== 'pglite' || config.signing.keyFileRequired) return undefined;
  const key = createKeyFile(config.signing.keyFile);
  console.log(`Signaturschlüssel ${key.keyId} angelegt: ${config.signing.keyFile}`);
  return key;
};

/** The composition root: configuration, database, event store, HTTP server. */
const main = async (): Promise<void> => {
  const config = loadConfig();
  const signingKey = loadSigningKey(config.signing) ?? firstKey(config);
  const database = await connect(config.database);
  await migrate(database);
  const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
  const { store, app, execute, feed, checkpoints } = compose(database, {
    webRoot,
    store: { sealEveryMs: 1000 },
    rateLimit: config.rateLimit,
    ...(signingKey ? { signingKey } : {}),
  });
  if (config.database.kind === 'pglite') {
    await prepareFirstStart(database, execute, { now: systemClock.now(), log: console.log });
  }
  await store.seal();
  const notSigned = (error: unknown) =>
    console.error('Prüfpunkt nicht signiert:', error instanceof Error ? error.message : error);
  if (signingKey) await checkpoints.sign(systemClock.now()).catch(notSigned);
  checkpoints.signEvery(config.signing.checkpointEveryMs, systemClock.now, notSigned);
  if (!signingKey) {
    console.log('Kein Signaturschlüssel: keine signierten Prüfpunkte (pnpm fahrplan keys create).');
  }
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    const where =
      config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL';
    console.log(`Fahrplan läuft auf http://localhost:${info.port} (${where})`);
  });

  const shutdown = (): void => {
    // Ending the subscriptions first completes their SSE responses, which would hold close open.
    checkpoints.close();
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
  console.error(error);
  process.exit(1);
});
