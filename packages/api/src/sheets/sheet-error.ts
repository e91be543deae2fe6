import type { LocalizedMessage } from '@fahrplan/domain';

/**
 * Why a whole file is refused (too large, unreadable, no header): nothing of it is read on and
 * nothing written. Problems of single rows are `SheetProblem`s of the preview instead.
 */
export class SheetError extends Error {
  constructor(
    readonly code: string,
    readonly messages: LocalizedMessage,
  ) {
    super(messages.en);
    this.name = 'SheetError';
  }
}

export const sheetError = (code: string, messages: LocalizedMessage) =>
  new SheetError(code, messages);
