import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** infra/local-ha/start.sh: etcd, two Patroni-managed PostgreSQL 15 nodes, HAProxy. */
export const START_SCRIPT = fileURLToPath(
  new URL('../../../../infra/local-ha/start.sh', import.meta.url),
);

/** What start.sh prints once the cluster is ready (and writes to cluster.json). */
export interface LocalHaCluster {
  readonly dir: string;
  /** Through HAProxy: always the current leader. */
  readonly databaseUrl: string;
  readonly nodes: readonly {
    readonly name: string;
    readonly port: number;
    /** Patroni's REST API: /primary answers 200 on the leader, /sync on the synchronous standby. */
    readonly rest: number;
    readonly patroniPid: number;
    readonly dataDir: string;
    /** Its Patroni configuration file. */
    readonly config: string;
  }[];
}

export type LocalHaNode = LocalHaCluster['nodes'][number];

/** True when this machine has what start.sh needs (the Debian packages and PostgreSQL 15). */
export const localHaAvailable = (): boolean => {
  if (!existsSync('/usr/lib/postgresql/15/bin/postgres')) return false;
  try {
    execFileSync('sh', ['-c', 'command -v patroni && command -v etcd && command -v haproxy'], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
};

export interface RunningLocalHa {
  readonly cluster: LocalHaCluster;
  readonly script: ChildProcess;
  /** start.sh's stderr so far: what it did and why it failed. */
  log(): string;
  /** Starts a node's Patroni again (after `killNode`): it rejoins as a replica (pg_rewind). */
  restartNode(node: LocalHaNode): void;
  /** SIGTERM to start.sh: it stops every process it started and deletes its folder. */
  stop(): Promise<void>;
}

/** Starts the cluster without API processes (the test starts those itself) and waits for it. */
export const startLocalHa = async (timeoutMs = 180_000): Promise<RunningLocalHa> => {
  const script = spawn('bash', [START_SCRIPT, '--apis', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  script.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const restarted: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    // Restarted nodes first (Patroni stops its PostgreSQL on SIGTERM); start.sh does the rest.
    await Promise.all(
      restarted
        .filter((child) => child.exitCode === null && child.signalCode === null)
        .map(async (child) => {
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
          await exited;
          clearTimeout(timer);
        }),
    );
    if (script.exitCode !== null || script.signalCode !== null) return;
    const exited = once(script, 'exit');
    script.kill('SIGTERM');
    const timer = setTimeout(() => script.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
  };
  const cluster = await new Promise<LocalHaCluster>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local-ha not ready:\n${stderr}`)), timeoutMs);
    script.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.startsWith('local-ha ready '));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice('local-ha ready '.length)) as LocalHaCluster);
      }
    });
    script.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local-ha exited (${code}):\n${stderr}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const restartNode = (node: LocalHaNode): void => {
    // As start.sh does it: PostgreSQL refuses to run as root.
    const asRoot = userInfo().uid === 0;
    const [file, args] = asRoot
      ? [
          'setpriv',
          [
            '--reuid=postgres',
            '--regid=postgres',
            '--init-groups',
            'env',
            `HOME=${cluster.dir}`,
            'patroni',
            node.config,
          ],
        ]
      : ['patroni', [node.config]];
    const log = openSync(join(cluster.dir, `${node.name}.log`), 'a');
    restarted.push(spawn(file, args, { stdio: ['ignore', log, log] }));
    closeSync(log);
  };
  return { cluster, script, log: () => stderr, restartNode, stop };
};

/** Patroni's REST API answers this path with 200 (false when it does not answer at all). */
export const patroniSays = (node: LocalHaNode, path: '/primary' | '/sync'): Promise<boolean> =>
  fetch(`http://127.0.0.1:${node.rest}${path}`, { signal: AbortSignal.timeout(1000) }).then(
    async (response) => {
      await response.body?.cancel();
      return response.status === 200;
    },
    () => false,
  );

/** The node that leads now, if one does. */
export const leaderOf = async (cluster: LocalHaCluster): Promise<LocalHaNode | undefined> => {
  for (const node of cluster.nodes) if (await patroniSays(node, '/primary')) return node;
  return undefined;
};

/**
 * The node is lost as a whole: Patroni and its postmaster are killed with SIGKILL, no goodbye to
 * anyone (the backends notice their postmaster is gone and exit).
 */
export const killNode = (node: LocalHaNode): void => {
  const postmaster = Number(readFileSync(`${node.dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
  process.kill(node.patroniPid, 'SIGKILL');
  process.kill(postmaster, 'SIGKILL');
};
