/** Fahrplan was built for a Saxon ministry: without FAHRPLAN_TIME_ZONE, days are German days. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';
