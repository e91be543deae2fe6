import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createKeyFile, loadSigningKey, type SigningKey } from './checkpoints/index.js';
import { compose, systemClock } from './composition.js';
import { type Config, loadConfig } from './config.js';
import { connect, type Database, DataDirLockedError, migrate } from './database/index.js';
import { DEFAULT_REPLICA_SETTINGS, watchReplica } from './database/read-replica.js';
import { prepareFirstStart } from './first-start.js';
import { createMailWorker, smtpTransport } from './mail/index.js';
import { createLogger, createTracing } from './observability/index.js';
import { serveMetrics } from './observability/metrics-server.js';
import { watchSealer } from './observability/sealer-watch.js';
import { shutDown } from './observability/shutdown.js';
import { removeOperatorAccess, writeOperatorAccess } from './operator/operator-file.js';
import { refillReadModels } from './projections/refill.js';

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

/**
 * The read replica's pool and its watch. A replica that is down at start is no reason not to
 * start: reads go to the primary until a probe finds it.
 */
const connectReplica = async (
  primary: Database,
  { url, maxLagSeconds }: NonNullable<Config['readReplica']>,
  operations: Config['operations'],
) => {
  const database = await connect(
    { kind: 'postgres', url },
    {
      connectTimeoutMs: operations.connectTimeoutMs,
      statementTimeoutMs: operations.statementTimeoutMs,
    },
  );
  const watch = watchReplica(primary, database, { ...DEFAULT_REPLICA_SETTINGS, maxLagSeconds });
  await watch.probe();
  return { database, watch };
};

/** How often a process looks for mail to send. */
const MAIL_POLL_MS = 2000;

/** The composition root: configuration, database, event store, HTTP server. */
const main = async (): Promise<void> => {
  const config = loadConfig();
  const { operations } = config;
  const logger = createLogger(operations.logLevel);
  const tracing = operations.otlpTracesEndpoint
    ? createTracing(operations.otlpTracesEndpoint)
    : undefined;
  const database = await connect(config.database, {
    connectTimeoutMs: operations.connectTimeoutMs,
    statementTimeoutMs: operations.statementTimeoutMs,
  });
  await migrate(database);
  const replica = config.readReplica
    ? await connectReplica(database, config.readReplica, operations)
    : undefined;
  const signingKey = loadSigningKey(config.signing) ?? firstKey(config);
  const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
  // The embedded database has one owner: this process serves the CLI's token commands.
  const dataDir = config.database.kind === 'pglite' ? config.database.dataDir : undefined;
  const operatorSecret = dataDir ? randomBytes(32).toString('base64url') : undefined;
  const { store, app, execute, feed, observability, checkpoints, webhooks, notifications } =
    compose(database, {
      ...(signingKey ? { signingKey } : {}),
      ...(operatorSecret ? { operatorSecret } : {}),
      webRoot,
      store: { sealEveryMs: 1000 },
      rateLimit: config.rateLimit,
      logger,
      observability: {
        metricsToken: operations.metricsToken,
        requestTimeoutMs: operations.requestTimeoutMs,
        readiness: {
          timeoutMs: operations.readyTimeoutMs,
          sealerStallSeconds: operations.sealerStallSeconds,
        },
      },
      timeZone: config.timeZone,
      subscriptions: config.subscriptions,
      sessions: config.people.sessions,
      openData: config.openData,
      ...(config.people.oidc ? { oidc: config.people.oidc } : {}),
      webhooks: config.webhooks,
      consultations: config.consultations,
      publicUrl: config.publicUrl,
      ...(replica ? { replica } : {}),
      ...(tracing ? { tracing } : {}),
    });
  const setupPath =
    config.database.kind === 'pglite'
      ? await prepareFirstStart(database, execute, store, {
          now: systemClock.now(),
          timeZone: config.timeZone,
          adminEmail: config.people.adminEmail,
          log: console.log,
        })
      : undefined;
  await store.seal();
  const refilled = await refillReadModels(database);
  if (refilled > 0) console.log(`Lesemodelle aus ${refilled} Ereignissen neu aufgebaut.`);
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
    if (dataDir && operatorSecret) {
      const url = `http://127.0.0.1:${info.port}`;
      writeOperatorAccess(dataDir, { pid: process.pid, url, secret: operatorSecret });
      process.once('exit', () => removeOperatorAccess(dataDir));
    }
    logger.info(
      {
        port: info.port,
        database: config.database.kind,
        ...(config.people.oidc ? { sso: config.people.oidc.issuer.href } : {}),
      },
      `Fahrplan läuft auf http://localhost:${info.port} (${where})`,
    );
    if (setupPath) {
      console.log(
        [
          '',
          `Administration (${config.people.adminEmail}): Passwort einmalig festlegen unter`,
          `  http://localhost:${info.port}${setupPath}`,
          'Der Link gilt 7 Tage und nur einmal. Weitere Personen (Mutation registerUser oder):',
          'pnpm fahrplan user add --name "…" --email … --role team --process sp-industrie-der-zukunft',
          '',
        ].join('\n'),
      );
    }
  }) as Server;
  webhooks.start();
  const servers = [server];
  if (operations.metricsPort !== undefined) {
    servers.push(serveMetrics(observability.metrics, operations.metricsPort, logger));
  }
  // Any number of processes may send: each claims its mails (mail/worker.ts).
  const mailTransport = config.mail ? smtpTransport(config.mail) : undefined;
  const mailWorker =
    config.mail && mailTransport
      ? createMailWorker({
          database,
          transport: mailTransport,
          now: systemClock.now,
          maxAttempts: config.mail.maxAttempts,
        })
      : undefined;
  mailWorker?.start(MAIL_POLL_MS);
  // Followers' notifications enter the outbox (one process at a time holds the lease).
  notifications.start(MAIL_POLL_MS);
  if (!config.mail) console.log('Kein FAHRPLAN_SMTP_URL: E-Mails warten im Postausgang.');
  // A generated secret is this process's alone: a second API process would refuse its challenges.
  if (config.consultations.generatedSecret && config.database.kind !== 'pglite') {
    console.warn('Kein FAHRPLAN_ALTCHA_SECRET: bei mehreren API-Prozessen denselben setzen.');
  }
  const stopWatch = watchSealer(database, logger, {
    stallSeconds: Math.max(1, Math.floor(operations.sealerStallSeconds / 3)),
    everyMs: 5000,
  });

  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    stopWatch();
    void shutDown({
      beginShutdown: observability.beginShutdown,
      closeStreams: async () => {
        checkpoints.close();
        // Deliveries in flight are aborted: unconfirmed, they are sent again (at least once).
        await webhooks.stop();
        await feed.close();
      },
      closeStore: async () => {
        await notifications.stop();
        await mailWorker?.stop();
        mailTransport?.close();
        // Seal what is committed, so the chain head is current for whoever starts next.
        await store.seal().catch(() => {});
        await store.close();
        replica?.watch.stop();
        await replica?.database.close();
        await database.close();
        // The last requests' spans, before the process ends.
        await tracing?.shutdown().catch(() => {});
      },
      servers,
      timeoutMs: operations.shutdownTimeoutMs,
      logger,
    }).finally(() => process.exit(0));
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
