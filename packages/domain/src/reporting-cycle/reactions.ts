import { reportIndicatorValueFollowUp } from '../indicator/follow-up.js';
import {
  rateMeasureConfidenceFollowUp,
  reportMeasureProgressFollowUp,
} from '../measure/follow-up.js';
import type { FollowUp } from '../shared/index.js';
import { assertNever, followUpMetadata } from '../shared/index.js';
import type { ReportingCycleEvent } from './events.js';

/**
 * A submitted report records its Ampel and progress on the measure and its figures on the
 * indicators, in the same transaction: the measure's confidence history and the indicators'
 * values are one record whether they came with a report or on their own. A returned report
 * takes nothing back; a corrected figure is a correction on the indicator.
 */
export const reactionsTo = (event: ReportingCycleEvent, itemId: string): readonly FollowUp[] => {
  switch (event.type) {
    case 'StatusReportSubmitted': {
      const metadata = followUpMetadata(event.occurredAt);
      const { measureId, confidence, measureProgress, indicatorValues } = event.data;
      return [
        rateMeasureConfidenceFollowUp({ measureId, confidence }, metadata),
        ...(measureProgress === undefined
          ? []
          : [reportMeasureProgressFollowUp({ measureId, progress: measureProgress }, metadata)]),
        ...indicatorValues.map((value) =>
          reportIndicatorValueFollowUp({ ...value, measureId, cycleId: itemId }, metadata),
        ),
      ];
    }
    case 'IndicatorValuesReported': {
      const metadata = followUpMetadata(event.occurredAt);
      return event.data.values.map((value, index) => ({
        ...reportIndicatorValueFollowUp({ ...value, cycleId: itemId }, metadata),
        at: `values.${index}`,
      }));
    }
    case 'ReportingCycleOpened':
    case 'StatusReportAccepted':
    case 'StatusReportReturned':
    case 'ReportingCycleClosed':
      return [];
    default:
      return assertNever(event);
  }
};
