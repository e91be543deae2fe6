import type { ActionFieldDefined } from '../action-field/events.js';
import { DEFAULT_PROCESS_ID } from '../process/default-process.js';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v1 → v2: a field defined before processes existed belongs to the default process, the
 * StrategieWerkstatt every such event was written for. The stored event keeps its bytes (and the
 * chain its hashes); only the shape read changes.
 */
export const actionFieldDefinedV1toV2 = (data: unknown): ActionFieldDefined['data'] => {
  if (!isRecord(data)) throw new Error('ActionFieldDefined v1: data is not an object.');
  return {
    ...(data as Omit<ActionFieldDefined['data'], 'processId'>),
    processId: DEFAULT_PROCESS_ID,
  };
};
