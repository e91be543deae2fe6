import { compact } from '../../command-mutation.js';
import { DEPRECATED } from '../deprecations.js';
import { changeMutation, transitionMutation } from '../mutation-parts.js';

changeMutation('measure', 'reviseMeasure', {
  command: 'ReviseMeasure',
  description: 'Change an open measure’s content (überarbeiten): only the fields given change.',
  docs: {},
  fields: (t) => ({
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
  data: (input) => ({
    measureId: input.id.id,
    ...compact({
      title: input.title,
      owner: input.owner,
      description: input.description,
      plannedStart: input.plannedStart,
      plannedEnd: input.plannedEnd,
    }),
  }),
});

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

changeMutation('measure', 'reportMeasureProgress', {
  command: 'ReportMeasureProgress',
  description: 'Report the progress of a measure in progress (Fortschritt melden).',
  docs: {},
  fields: (t) => ({
    progress: t.int({
      required: true,
      description: 'Percent done, 0–100; may go down (a re-estimate). 100 does not complete it.',
    }),
  }),
  data: (input) => ({ measureId: input.id.id, progress: input.progress }),
});
