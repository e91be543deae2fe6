import { builder } from '../../builder.js';
import { changeFields, compact, createFields, runCommand } from '../../command-mutation.js';
import { ConfidenceEnum } from '../lagebild/enums.js';
import { inputOf, payloadOf, targetId, transitionMutation } from '../mutation-parts.js';
import { IndicatorType, MeasureType } from '../refs.js';

builder.relayMutationField(
  'openReportingCycle',
  {
    description: inputOf('openReportingCycle'),
    inputFields: (t) => ({
      ...createFields(t),
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
  },
  {
    description:
      'Open a reporting cycle (Berichtszyklus eröffnen): every open measure owes it a status report; it gets a new id.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'OpenReportingCycle',
        { cycleId: context.newId(), title: input.title, deadline: input.deadline },
        input,
      ),
  },
  payloadOf('reportingCycle', 'openReportingCycle'),
);

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

builder.relayMutationField(
  'submitStatusReport',
  {
    description: inputOf('submitStatusReport'),
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.reportingCycle(t),
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
  },
  {
    description:
      'Submit a measure’s status report in an open cycle (Sachstandsbericht einreichen), again after a return; `reason` explains the Ampel, `evidence` backs the narrative. The Ampel, progress and figures are recorded on the measure and its indicators in the same transaction.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'SubmitStatusReport',
        {
          cycleId: input.id.id,
          measureId: input.measureId.id,
          narrative: input.narrative,
          confidence: input.confidence,
          ...compact({
            measureProgress: input.measureProgress,
            indicatorValues: input.indicatorValues?.map((each) => ({
              indicatorId: each.indicatorId.id,
              valueId: context.newId(),
              value: each.value,
              referenceDate: each.referenceDate,
              source: each.source,
            })),
          }),
        },
        input,
      ),
  },
  payloadOf('reportingCycle', 'submitStatusReport'),
);

const reviewFields = (t: Parameters<typeof changeFields>[0]) => ({
  ...changeFields(t),
  id: targetId.reportingCycle(t),
  measureId: t.globalID({
    required: true,
    for: MeasureType,
    description: 'The measure whose report is reviewed.',
  }),
});

builder.relayMutationField(
  'acceptStatusReport',
  { description: inputOf('acceptStatusReport'), inputFields: reviewFields },
  {
    description: 'Accept a submitted status report (Bericht annehmen).',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'AcceptStatusReport',
        { cycleId: input.id.id, measureId: input.measureId.id },
        input,
      ),
  },
  payloadOf('reportingCycle', 'acceptStatusReport'),
);

builder.relayMutationField(
  'returnStatusReport',
  { description: inputOf('returnStatusReport'), inputFields: reviewFields },
  {
    description:
      'Return a submitted status report (Bericht zurückgeben) for the team to put right and submit again; a reason is required.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'ReturnStatusReport',
        { cycleId: input.id.id, measureId: input.measureId.id },
        input,
      ),
  },
  payloadOf('reportingCycle', 'returnStatusReport'),
);

transitionMutation(
  'reportingCycle',
  'closeReportingCycle',
  'CloseReportingCycle',
  'Close a reporting cycle (Berichtszyklus schließen); reports still missing stay visible as missing.',
  (cycleId) => ({ cycleId }),
);
