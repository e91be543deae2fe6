import {
  CONFIDENCES,
  type Confidence,
  confidenceLabels,
  DIRECTIONS,
  type Direction,
  directionLabels,
} from '@fahrplan/domain';
import { builder } from '../../builder.js';

const describe = (label: { de: string; en: string }) => `${label.en} (${label.de}).`;

/**
 * A measure's delivery confidence (Ampel). GraphQL names are upper case; resolvers and inputs
 * see the domain's values (`'green' | 'amber' | 'red'`).
 */
export const ConfidenceEnum = builder.enumType('Confidence', {
  description: 'Delivery confidence (Ampel) of a measure, rated by the team with a reason.',
  values: Object.fromEntries(
    CONFIDENCES.map((each) => [
      each.toUpperCase(),
      { value: each, description: describe(confidenceLabels[each]) },
    ]),
  ) as Record<Uppercase<Confidence>, { value: Confidence; description: string }>,
});

/** Whether a rising or a falling figure is good. */
export const DirectionEnum = builder.enumType('IndicatorDirection', {
  description: 'Whether higher or lower values of an indicator (Kennzahl) are better.',
  values: Object.fromEntries(
    DIRECTIONS.map((each) => [
      each.toUpperCase(),
      { value: each, description: describe(directionLabels[each]) },
    ]),
  ) as Record<Uppercase<Direction>, { value: Direction; description: string }>,
});
