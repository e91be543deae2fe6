import { createOnce } from '../shared/create-once.js';
import { itemDecider } from '../shared/index.js';

import type { IndicatorCommand } from './commands.js';
import { changeTarget, define, retire, revise } from './decide-definition.js';
import { correct, report } from './decide-values.js';
import type { IndicatorState } from './state.js';

/** active → retired (with a reason); every command but the definition needs an active indicator. */
export const decide = itemDecider<IndicatorCommand, IndicatorState>()({
  idField: 'indicatorId',
  create: { DefineIndicator: createOnce('Indicator', 'indicatorId', define) },
  from: {
    ReviseIndicator: ['active'],
    ChangeIndicatorTarget: ['active'],
    ReportIndicatorValue: ['active'],
    CorrectIndicatorValue: ['active'],
    RetireIndicator: ['active'],
  },
  change: {
    ReviseIndicator: revise,
    ChangeIndicatorTarget: changeTarget,
    ReportIndicatorValue: report,
    CorrectIndicatorValue: correct,
    RetireIndicator: retire,
  },
});
