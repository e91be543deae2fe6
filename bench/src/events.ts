/** JSON as the peers store it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One event as a command emits it; every peer stores the same bytes. */
export interface BenchEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly occurredAt: string;
}

const TEXT =
  'Die Unternehmen der Region brauchen Fachkräfte für Automatisierung und Mikroelektronik. ' +
  'Vorgeschlagen wird ein gemeinsames Ausbildungsnetzwerk von Berufsschulen, Hochschulen und ' +
  'Betrieben, das Weiterbildung in Teilzeit ermöglicht und kleine Firmen einbindet.';

/** A realistic event of about 500 bytes of JSON: a suggestion recorded in a workshop. */
export const sampleEvent = (sequence: number): BenchEvent => ({
  type: 'SuggestionRecorded',
  schemaVersion: 1,
  data: {
    title: 'Ausbildungsnetzwerk für die Industrie der Zukunft',
    text: TEXT,
    workshop: `W${(sequence % 7) + 1}`,
    actionField: 'Fachkräfte',
    tags: ['Bildung', 'Mikroelektronik', 'KMU'],
    sequence,
  },
  metadata: {
    actor: 'user-7f3a9c',
    role: 'project-team',
    correlationId: `corr-${sequence}`,
  },
  occurredAt: new Date(Date.UTC(2025, 2, 14, 9, 30, 0, sequence % 1000)).toISOString(),
});

/** What one command emits: `count` events (a command that emits 3 events, a bulk import…). */
export const commandEvents = (count: number, first = 0): BenchEvent[] =>
  Array.from({ length: count }, (_, index) => sampleEvent(first + index));
