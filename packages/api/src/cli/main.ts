import { loadConfig } from '../config.js';
import { DataDirLockedError } from '../database/index.js';
import type { CliCommand, CliContext } from './command.js';

/**
 * Each command's module is imported when it runs (all of them only for the help): a run loads
 * what its command needs, not the whole API, so it starts in a fraction of the time.
 */
const COMMANDS: ReadonlyMap<string, () => Promise<CliCommand>> = new Map([
  ['migrate', async () => (await import('./commands/migrate.js')).migrateCommand],
  ['seed', async () => (await import('./commands/seed.js')).seedCommand],
  ['generate', async () => (await import('./commands/generate.js')).generateCommand],
  ['rebuild', async () => (await import('./commands/rebuild.js')).rebuildCommand],
  ['verify', async () => (await import('./commands/verify.js')).verifyCommand],
  ['keys', async () => (await import('./commands/keys.js')).keysCommand],
  ['checkpoint', async () => (await import('./commands/checkpoint.js')).checkpointCommand],
  ['export', async () => (await import('./commands/export.js')).exportCommand],
  ['report', async () => (await import('./commands/report.js')).reportCommand],
  ['import', async () => (await import('./commands/import.js')).importCommand],
  ['import-sheet', async () => (await import('./commands/import-sheet.js')).importSheetCommand],
  ['token', async () => (await import('./commands/token.js')).tokenCommand],
  ['user', async () => (await import('./commands/user.js')).userCommand],
  ['erase', async () => (await import('./commands/erase.js')).eraseCommand],
  ['subject-keys', async () => (await import('./commands/subject-keys.js')).subjectKeysCommand],
  ['db-role', async () => (await import('./commands/db-role.js')).dbRoleCommand],
]);

const help = async (): Promise<string> => {
  const commands = await Promise.all([...COMMANDS.values()].map((load) => load()));
  return [
    'Fahrplan operator CLI',
    '',
    'Usage: pnpm fahrplan <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(13)} ${command.summary}`),
    '',
    'Database: DATABASE_URL=postgres://… for PostgreSQL; otherwise embedded PGlite in',
    './data (FAHRPLAN_DATA_DIR to change).',
    'Run `pnpm fahrplan <command> --help` for a command’s options.',
  ].join('\n');
};

const run = async (argv: readonly string[]): Promise<number> => {
  const [name, ...args] = argv;
  const context: CliContext = {
    config: loadConfig(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.out(await help());
    return 0;
  }
  const load = COMMANDS.get(name);
  if (!load) {
    context.err(`Unknown command "${name}".\n\n${await help()}`);
    return 2;
  }
  const command = await load();
  if (args.includes('--help') || args.includes('-h')) {
    context.out(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  return command.run(args, context);
};

// Exiting (rather than dying of the signal) runs the 'exit' listeners that free the data directory.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof DataDirLockedError ? error.exitCode : 1);
  },
);
