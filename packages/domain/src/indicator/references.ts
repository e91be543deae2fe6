import type { Reference } from '../shared/index.js';
import { assertNever } from '../shared/index.js';
import type { IndicatorCommand } from './commands.js';

/** An indicator names its measure or action field once, at its definition. */
export const referencesOf = (command: IndicatorCommand): readonly Reference[] => {
  switch (command.type) {
    case 'DefineIndicator': {
      const { measureId, actionFieldId } = command.data;
      return [
        ...(measureId === undefined
          ? []
          : [{ kind: 'Measure', id: measureId, field: 'measureId' } as const]),
        ...(actionFieldId === undefined
          ? []
          : [{ kind: 'ActionField', id: actionFieldId, field: 'actionFieldId' } as const]),
      ];
    }
    case 'ReviseIndicator':
    case 'ChangeIndicatorTarget':
    case 'ReportIndicatorValue':
    case 'CorrectIndicatorValue':
    case 'RetireIndicator':
      return [];
    default:
      return assertNever(command);
  }
};
