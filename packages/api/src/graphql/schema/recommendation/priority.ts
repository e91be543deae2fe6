import { PRIORITIES, priorityLabels } from '@fahrplan/domain';
import { labelledEnum } from '../labelled-enum.js';

/** A recommendation's priority (Priorität): `'high' | 'medium' | 'low'`. */
export const PriorityEnum = labelledEnum(
  'Priority',
  'How urgent a recommendation is (Priorität), set when it is prioritised.',
  PRIORITIES,
  priorityLabels,
);
