import { COMMON_LABELS, type LabelsOf } from '../shared/index.js';
import type { Direction } from './commands.js';
import type { IndicatorRating } from './rating.js';
import type { IndicatorStatus } from './state.js';

export const indicatorStatusLabels: LabelsOf<IndicatorStatus> = {
  active: COMMON_LABELS.active,
  retired: { de: 'Eingestellt', en: 'Retired' },
};

export const directionLabels: LabelsOf<Direction> = {
  increase: { de: 'Höher ist besser', en: 'Higher is better' },
  decrease: { de: 'Niedriger ist besser', en: 'Lower is better' },
};

/** The derived rating, in the words of the sustainability strategy's „Wetter“. */
export const indicatorRatingLabels: LabelsOf<IndicatorRating> = {
  achieved: { de: 'Ziel erreicht', en: 'Achieved' },
  on_track: { de: 'Auf Kurs', en: 'On track' },
  at_risk: { de: 'Gefährdet', en: 'At risk' },
  off_track: { de: 'Nicht auf Kurs', en: 'Off track' },
  no_data: { de: 'Keine Daten', en: 'No data' },
};
