import type { CalendarDate } from '@fahrplan/domain';
import type { InputFieldBuilder } from '../../command-mutation.js';

/** A reported figure's fields: one on an indicator (`reportIndicatorValue`) or a bulk row. */
export const valueRowFields = (t: InputFieldBuilder) => ({
  value: t.float({ required: true, description: 'The figure.' }),
  referenceDate: t.field({
    type: 'Date',
    required: true,
    description:
      'The day it refers to (Stichtag): not before the baseline, not after the day it is reported.',
  }),
  source: t.string({
    required: true,
    description: 'Where it comes from (a statistic, a survey), at most 200 characters.',
  }),
});

/** A figure on an indicator as command data, under the new `valueId` it is reported with. */
export const reportedValueOf = (
  indicatorId: string,
  valueId: string,
  row: { readonly value: number; readonly referenceDate: CalendarDate; readonly source: string },
) => ({
  indicatorId,
  valueId,
  value: row.value,
  referenceDate: row.referenceDate,
  source: row.source,
});
