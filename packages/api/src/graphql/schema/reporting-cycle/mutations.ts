import { refusedValueRow } from '../../../auth/report-rows.js';
import { builder } from '../../builder.js';
import { commandRoleOf, compact, createFields, runCommand } from '../../command-mutation.js';
import { translated } from '../../errors.js';
import { reportedValueOf, valueRowFields } from '../indicator/value-row.js';
import { ConfidenceEnum } from '../lagebild/enums.js';
import {
  changeMutation,
  createMutation,
  inputOf,
  payloadOf,
  targetId,
  transitionMutation,
} from '../mutation-parts.js';
import { IndicatorType, MeasureType } from '../refs.js';

createMutation('reportingCycle', 'openReportingCycle', {
  command: 'OpenReportingCycle',
  description:
    'Open a reporting cycle (Berichtszyklus eröffnen): every open measure owes it a status report; it gets a new id.',
  fields: (t) => ({
    title: t.string({
      required: true,
      description: 'Its name, e.g. “2. Halbjahr 2026”; at most 200 characters.',
    }),
    deadline: t.field({
      type: 'Date',
      required: true,
      description: 'The day reports are due (Abgabefrist).',
    }),
  }),
  data: (input, context) => ({
    cycleId: context.newId(),
    title: input.title,
    deadline: input.deadline,
  }),
});

const ReportedValueInput = builder.inputType('StatusReportValueInput', {
  description: 'A figure a status report brings along; it is reported on the indicator.',
  fields: (t) => ({
    indicatorId: t.globalID({
      required: true,
      for: IndicatorType,
      description: 'The indicator: one of the reporting measure’s.',
    }),
    value: t.float({ required: true, description: 'The figure.' }),
    referenceDate: t.field({
      type: 'Date',
      required: true,
      description: 'The day it refers to (Stichtag).',
    }),
    source: t.string({ required: true, description: 'Where it comes from.' }),
  }),
});

changeMutation('reportingCycle', 'submitStatusReport', {
  command: 'SubmitStatusReport',
  description:
    'Submit a measure’s status report in an open cycle (Sachstandsbericht einreichen), again after a return; `reason` explains the Ampel, `evidence` backs the narrative. The Ampel, progress and figures are recorded on the measure and its indicators in the same transaction.',
  fields: (t) => ({
    measureId: t.globalID({
      required: true,
      for: MeasureType,
      description: 'The open measure reported on.',
    }),
    narrative: t.string({
      required: true,
      description: 'What was done and what is next (Sachstand), at most 20,000 characters.',
    }),
    confidence: t.field({
      type: ConfidenceEnum,
      required: true,
      description: 'The Ampel; `reason` says why.',
    }),
    measureProgress: t.int({
      required: false,
      description: 'The measure’s progress in percent (0–100), while it runs.',
    }),
    indicatorValues: t.field({
      type: [ReportedValueInput],
      required: false,
      description: 'Figures on the measure’s indicators.',
    }),
  }),
  data: (input, context) => ({
    cycleId: input.id.id,
    measureId: input.measureId.id,
    narrative: input.narrative,
    confidence: input.confidence,
    ...compact({
      measureProgress: input.measureProgress,
      indicatorValues: input.indicatorValues?.map((each) =>
        reportedValueOf(each.indicatorId.id, context.newId(), each),
      ),
    }),
  }),
});

const BulkValueInput = builder.inputType('ReportedIndicatorValueInput', {
  description: 'One row of a bulk report: a figure on one indicator, based on the version seen.',
  fields: (t) => ({
    indicatorId: t.globalID({ required: true, for: IndicatorType, description: 'The indicator.' }),
    expectedVersion: t.int({
      required: true,
      description:
        'The indicator’s version the row is based on; another is a CONFLICT on this row (`values.<n>.expectedVersion`).',
    }),
    ...valueRowFields(t),
  }),
});

// Many figures are one command on the cycle, not one mutation per row: its event's follow-ups
// record each figure on its indicator in the same transaction (as a status report's figures
// are), so a refused row refuses all and the refusal names it (`values.<n>.<field>`). The
// cycle's own version is not asked for: reports on it do not make a row stale, its indicator does.
builder.relayMutationField(
  'reportIndicatorValues',
  {
    description: inputOf('reportIndicatorValues'),
    inputFields: (t) => ({
      ...createFields(t),
      id: targetId('reportingCycle')(t),
      values: t.field({
        type: [BulkValueInput],
        required: true,
        description: 'One row per indicator, each indicator at most once; at least one row.',
      }),
    }),
  },
  {
    description:
      'Report figures on many indicators at once for an open cycle (Kennzahlenwerte melden), all or none: a refused row (bad input, a stale `expectedVersion`, a retired indicator) writes nothing and names the row in `extensions.field` (`values.<n>.<field>`). Each figure gets a new `valueId` on its indicator.',
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const data = {
          cycleId: input.id.id,
          values: input.values.map((each) =>
            reportedValueOf(each.indicatorId.id, context.newId(), each),
          ),
        };
        const metadata = {
          actor: context.caller.actor,
          now: context.now(),
          timeZone: context.timeZone,
        };
        await commandRoleOf(context, 'ReportIndicatorValues', data, metadata);
        const refused = await refusedValueRow(
          context.database,
          context.caller,
          data.values.map((each) => each.indicatorId),
          metadata,
        );
        if (refused) throw refused;
        return runCommand(context, 'ReportIndicatorValues', data, input, undefined, {
          expectedVersions: input.values.map((each, index) => ({
            kind: 'Indicator',
            id: each.indicatorId.id,
            version: each.expectedVersion,
            field: `values.${index}.expectedVersion`,
          })),
        });
      }),
  },
  payloadOf('reportingCycle', 'reportIndicatorValues'),
);

/** Accepts or returns a submitted status report: the input names the measure reported on. */
const statusReportReview = (
  name: string,
  command: 'AcceptStatusReport' | 'ReturnStatusReport',
  description: string,
) =>
  changeMutation('reportingCycle', name, {
    command,
    description,
    fields: (t) => ({
      measureId: t.globalID({
        required: true,
        for: MeasureType,
        description: 'The measure whose report is reviewed.',
      }),
    }),
    data: (input) => ({ cycleId: input.id.id, measureId: input.measureId.id }),
  });

statusReportReview(
  'acceptStatusReport',
  'AcceptStatusReport',
  'Accept a submitted status report (Bericht annehmen).',
);
statusReportReview(
  'returnStatusReport',
  'ReturnStatusReport',
  'Return a submitted status report (Bericht zurückgeben) for the team to put right and submit again; a reason is required.',
);

transitionMutation(
  'reportingCycle',
  'closeReportingCycle',
  'CloseReportingCycle',
  'Close a reporting cycle (Berichtszyklus schließen); reports still missing stay visible as missing.',
  (cycleId) => ({ cycleId }),
);
