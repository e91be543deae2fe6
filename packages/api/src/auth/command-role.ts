import {
  type AnyCommand,
  DEFAULT_PROCESS_ID,
  type DomainError,
  forbidden,
  type Role,
  roleFor,
  USER_COMMAND_TYPES,
} from '@fahrplan/domain';
import { processOfCommand } from '../commands/process-of-command.js';
import type { SqlRunner } from '../database/index.js';
import type { Caller } from './caller.js';

/**
 * The strategy process a command acts in: where the caller's per-process roles are looked up.
 * It is looked up (from the command's items) only where it can change the answer: a caller whose
 * every role is installation-wide (a token, the ministry) holds the same roles in every process.
 */
export const processOfRequest = async (
  runner: SqlRunner,
  caller: Caller,
  command: AnyCommand,
): Promise<string | null> => {
  const fallback = processOfCommandType(command.type);
  if (fallback === null || caller.grants.every((grant) => grant.processId === null)) {
    return fallback;
  }
  return processOfCommand(runner, command);
};

/**
 * The process a command type acts in when no item names one: people and their roles, and new
 * processes, are the installation's (`null`: only installation-wide roles count), everything else
 * the default process's.
 */
export const processOfCommandType = (type: string): string | null =>
  (USER_COMMAND_TYPES as readonly string[]).includes(type) || type === 'DefineProcess'
    ? null
    : DEFAULT_PROCESS_ID;

/**
 * The role in which the caller issues the command in that process (`null`: about the
 * installation), by the domain's one permission table; the refusal where no role held there may.
 */
export const roleForCommand = (
  caller: Caller,
  type: string,
  processId: string | null,
): Role | DomainError => roleFor(type, caller.grants, processId) ?? forbidden(caller.role, type);
