import { loadConfig } from '../config.js';
import { DataDirLockedError } from '../database/index.js';
import type { CliCommand, CliContext } from './command.js';
import { checkpointCommand } from './commands/checkpoint.js';
import { dbRoleCommand } from './commands/db-role.js';
import { eraseCommand } from './commands/erase.js';
import { exportCommand } from './commands/export.js';
import { generateCommand } from './commands/generate.js';
import { importCommand } from './commands/import.js';
import { importSheetCommand } from './commands/import-sheet.js';
import { keysCommand } from './commands/keys.js';
import { migrateCommand } from './commands/migrate.js';
import { rebuildCommand } from './commands/rebuild.js';
import { reportCommand } from './commands/report.js';
import { seedCommand } from './commands/seed.js';
import { subjectKeysCommand } from './commands/subject-keys.js';
import { tokenCommand } from './commands/token.js';
import { userCommand } from './commands/user.js';
import { verifyCommand } from './commands/verify.js';

const COMMANDS: readonly CliCommand[] = [
  migrateCommand,
  seedCommand,
  generateCommand,
  rebuildCommand,
  verifyCommand,
  keysCommand,
  checkpointCommand,
  exportCommand,
  reportCommand,
  importCommand,
  importSheetCommand,
  tokenCommand,
  userCommand,
  eraseCommand,
  subjectKeysCommand,
  dbRoleCommand,
];

const help = (): string =>
  [
    'Fahrplan operator CLI',
    '',
    'Usage: pnpm fahrplan <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(13)} ${command.summary}`),
    '',
    'Database: DATABASE_URL=postgres://… for PostgreSQL; otherwise embedded PGlite in',
    './data (FAHRPLAN_DATA_DIR to change).',
    'Run `pnpm fahrplan <command> --help` for a command’s options.',
  ].join('\n');

const run = async (argv: readonly string[]): Promise<number> => {
  const [name, ...args] = argv;
  const context: CliContext = {
    config: loadConfig(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.out(help());
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    context.err(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
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
