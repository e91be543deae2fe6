import { type DomainError, isDomainError, DomainError as Refusal } from '@fahrplan/domain';
import type { SqlRunner } from '../database/index.js';
import type { Caller } from './caller.js';
import { processOfRequest, roleForCommand } from './command-role.js';

/**
 * Figures reported in bulk act in the process of their first indicator; the caller must also be
 * allowed to report on every other row's indicator, as if it reported each on its own. The first
 * refusal, named by its row (`values.3.indicatorId`). No query for installation-wide roles.
 */
export const refusedValueRow = async (
  runner: SqlRunner,
  caller: Caller,
  indicatorIds: readonly string[],
  metadata: { readonly actor: string; readonly now: string; readonly timeZone: string },
): Promise<DomainError | undefined> => {
  for (const [index, indicatorId] of indicatorIds.entries()) {
    const processId = await processOfRequest(runner, caller, {
      type: 'ReportIndicatorValue',
      data: { indicatorId },
      metadata: { ...metadata, role: caller.role === 'anonymous' ? 'partner' : caller.role },
    });
    const role = roleForCommand(caller, 'ReportIndicatorValue', processId);
    if (isDomainError(role)) {
      return new Refusal(role.code, role.messages, {
        field: `values.${index}.indicatorId`,
        details: { ...role.details, kind: 'Indicator', id: indicatorId },
      });
    }
  }
  return undefined;
};
