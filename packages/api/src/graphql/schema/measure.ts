import { listConnection } from './list.js';
import { MeasureType } from './refs.js';
import './measure/fields.js';
import './measure/mutations.js';
import './measure/milestones.js';
import './measure/delivery.js';
import './measure/delivery-mutations.js';

// No mutation plans a measure: adopting a recommendation does (`adoptRecommendation`).
listConnection(
  'measures',
  MeasureType,
  'Measure',
  'Measures (Maßnahmen), by title; filter by status (planned, in_progress, completed, stopped), action field and text.',
);
