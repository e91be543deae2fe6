import { day, TEST_NOW } from '../../shared/testing/decider-specification.js';
import { itemFixtures } from '../../shared/testing/fixtures.js';
import type { ReportingCycleCommand, ReportingCycleEvent } from '../index.js';

/** The second half of 2026, reported by 15 January. */
export const id = 'bz-2026-h2';
export const at = TEST_NOW;
export const measureId = 'me-lotsen';

/** A command on the fixture's item (`cycleId` filled in) and the event `decide` emits for it. */
export const { command, event } = itemFixtures<
  ReportingCycleCommand,
  ReportingCycleEvent,
  'cycleId'
>('cycleId', id);

export const opened = event('ReportingCycleOpened', {
  title: '2. Halbjahr 2026',
  deadline: day('2027-01-15'),
});

export const reportData = {
  measureId,
  narrative: 'Das Lotsennetz berät in allen Kammerbezirken; die KI-Erweiterung verzögert sich.',
  confidence: 'amber',
  measureProgress: 70,
  indicatorValues: [
    {
      indicatorId: 'kz-kmu',
      valueId: 'kw-2026',
      value: 41,
      referenceDate: '2026-06-30',
      source: 'Lotsenstatistik',
    },
  ],
} as const;
export const confidenceReason = 'Die KI-Erweiterung liegt ein halbes Jahr zurück.';

export const submitted = event(
  'StatusReportSubmitted',
  {
    ...reportData,
    indicatorValues: [{ ...reportData.indicatorValues[0], referenceDate: day('2026-06-30') }],
  },
  { reason: confidenceReason },
);
export const accepted = event('StatusReportAccepted', { measureId });
export const returned = event('StatusReportReturned', { measureId }, { reason: 'Belege fehlen.' });
export const closed = event('ReportingCycleClosed', {});

export const histories = {
  open: [opened],
  closed: [opened, closed],
} as const satisfies Record<string, readonly ReportingCycleEvent[]>;
