import type { DomainError } from '../shared/index.js';
import { assertNever, notFound } from '../shared/index.js';
import type { IndicatorCommand } from './commands.js';
import { changeTarget, define, retire, revise } from './decide-definition.js';
import { correct, report } from './decide-values.js';
import type { IndicatorEvent } from './events.js';
import type { IndicatorState } from './state.js';

/** active → retired (with a reason); every command but the definition needs an active indicator. */
export const decide = (
  command: IndicatorCommand,
  state: IndicatorState,
): readonly IndicatorEvent[] | DomainError => {
  if (command.type === 'DefineIndicator') return define(command, state);
  if (state.status === 'empty') return notFound('indicatorId', command.data.indicatorId);
  switch (command.type) {
    case 'ReviseIndicator':
      return revise(command, state);
    case 'ChangeIndicatorTarget':
      return changeTarget(command, state);
    case 'ReportIndicatorValue':
      return report(command, state);
    case 'CorrectIndicatorValue':
      return correct(command, state);
    case 'RetireIndicator':
      return retire(command, state);
    default:
      return assertNever(command);
  }
};
