/**
 * The process every event written before processes existed belongs to (by upcasting on read, never
 * by rewriting): the StrategieWerkstatt "Industrie der ZUKUNFT". Its id is fixed so that logs
 * exported before the change import with the same head hash and land in the same process.
 */
export const DEFAULT_PROCESS_ID = 'sp-industrie-der-zukunft';
export const DEFAULT_PROCESS_SLUG = 'industrie-der-zukunft';
