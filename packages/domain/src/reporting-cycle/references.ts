import type { Reference } from '../shared/index.js';
import { assertNever } from '../shared/index.js';
import type { ReportingCycleCommand } from './commands.js';

/** A report names its measure and the indicators whose values it brings. */
export const referencesOf = (command: ReportingCycleCommand): readonly Reference[] => {
  switch (command.type) {
    case 'SubmitStatusReport':
      return [
        { kind: 'Measure', id: command.data.measureId, field: 'measureId' },
        ...(command.data.indicatorValues ?? []).map(
          ({ indicatorId }, index): Reference => ({
            kind: 'Indicator',
            id: indicatorId,
            field: `indicatorValues.${index}.indicatorId`,
          }),
        ),
      ];
    case 'ReportIndicatorValues':
      return command.data.values.map(
        ({ indicatorId }, index): Reference => ({
          kind: 'Indicator',
          id: indicatorId,
          field: `values.${index}.indicatorId`,
        }),
      );
    case 'OpenReportingCycle':
    case 'AcceptStatusReport':
    case 'ReturnStatusReport':
    case 'CloseReportingCycle':
      return [];
    default:
      return assertNever(command);
  }
};
