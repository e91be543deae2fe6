import {
  DEFAULT_PROCESS_ID,
  type DomainError,
  forbidden,
  type Role,
  roleFor,
  USER_COMMAND_TYPES,
} from '@fahrplan/domain';
import type { Caller } from './caller.js';

/**
 * The strategy process a command acts in: where the caller's per-process roles are looked up.
 * Every item still belongs to the default process; the one seam where the process of the
 * command's items (`processOfCommand`) takes over once processes exist.
 */
export const processOfRequest = async (type: string, _data: object): Promise<string | null> =>
  processOfCommandType(type);

/**
 * The process a command type acts in when no item names one: people and their roles are the
 * installation's (`null`), everything else the default process's.
 */
export const processOfCommandType = (type: string): string | null =>
  (USER_COMMAND_TYPES as readonly string[]).includes(type) ? null : DEFAULT_PROCESS_ID;

/**
 * The role in which the caller issues the command in that process (`null`: about the
 * installation), by the domain's one permission table; the refusal where no role held there may.
 */
export const roleForCommand = (
  caller: Caller,
  type: string,
  processId: string | null,
): Role | DomainError => roleFor(type, caller.grants, processId) ?? forbidden(caller.role, type);
