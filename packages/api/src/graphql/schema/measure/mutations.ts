import { builder } from '../../builder.js';
import { changeFields, compact, itemPayload, runCommand } from '../../command-mutation.js';
import { DEPRECATED } from '../deprecations.js';
import { targetId, transitionMutation } from '../mutation-parts.js';
import { MeasureType } from '../refs.js';

builder.relayMutationField(
  'reviseMeasure',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.measure(t),
      title: t.string({ required: false, description: 'At most 200 characters.' }),
      owner: t.string({
        required: false,
        description: 'An organisational unit (e.g. „SMWA Referat 31“), never a person.',
      }),
      description: t.string({ required: false, description: 'At most 20,000 characters.' }),
      plannedStart: t.field({
        type: 'Date',
        required: false,
        description: 'When the work is planned to start (geplanter Beginn).',
      }),
      plannedEnd: t.field({
        type: 'Date',
        required: false,
        description: 'When the work is planned to end (geplantes Ende): not before the start.',
      }),
    }),
  },
  {
    description: 'Change an open measure’s content (überarbeiten): only the fields given change.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'ReviseMeasure',
        {
          measureId: input.id.id,
          ...compact({
            title: input.title,
            owner: input.owner,
            description: input.description,
            plannedStart: input.plannedStart,
            plannedEnd: input.plannedEnd,
          }),
        },
        input,
      ),
  },
  itemPayload('measure', MeasureType),
);

transitionMutation(
  'measure',
  'startMeasure',
  'StartMeasure',
  'Start the work (planned → in_progress; Umsetzung beginnen).',
  (measureId) => ({ measureId }),
);
transitionMutation(
  'measure',
  'completeMeasure',
  'CompleteMeasure',
  'Complete the measure (in_progress → completed; abschließen) without the ministry’s confirmation.',
  (measureId) => ({ measureId }),
  { deprecationReason: DEPRECATED.completeMeasure },
);
transitionMutation(
  'measure',
  'stopMeasure',
  'StopMeasure',
  'Stop an open measure (stoppen); a reason is required.',
  (measureId) => ({ measureId }),
);

builder.relayMutationField(
  'reportMeasureProgress',
  {
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.measure(t),
      progress: t.int({
        required: true,
        description: 'Percent done, 0–100; may go down (a re-estimate). 100 does not complete it.',
      }),
    }),
  },
  {
    description: 'Report the progress of a measure in progress (Fortschritt melden).',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'ReportMeasureProgress',
        { measureId: input.id.id, progress: input.progress },
        input,
      ),
  },
  itemPayload('measure', MeasureType),
);
