import { addDays, type CalendarDate, calendarDate } from '@fahrplan/domain';
import { useState } from 'react';
import { draftFields } from '../../commands/draft-fields.js';
import { useMessages } from '../../i18n/i18n.js';
import type { ParamChanges } from '../../shared/url-state.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { FiltersForm } from '../../ui/filters-form.js';
import { changesMessages } from './messages.js';

export interface Period {
  readonly since: string;
  readonly until: string;
  readonly field: string;
  readonly basis: 'RECORDED' | 'OCCURRED';
}

/**
 * The window from the address; by default the four weeks up to `today` (the installation's) or
 * the as-of day. Days that name no date count as not given.
 */
export const periodFrom = (
  search: string | URLSearchParams,
  asOfDate: string | null,
  today: CalendarDate,
): Period => {
  const params = new URLSearchParams(search);
  const end = calendarDate(asOfDate ?? '') ?? today;
  const day = (key: string) => calendarDate(params.get(key) ?? '');
  return {
    since: day('since') ?? addDays(end, -28),
    until: day('until') ?? asOfDate ?? '',
    field: params.get('field') ?? '',
    basis: params.get('basis') === 'OCCURRED' ? 'OCCURRED' : 'RECORDED',
  };
};

/** The address parameters of a period: the clock by recording is the default, left unsaid. */
export const periodParams = (period: Period): ParamChanges => ({
  since: period.since,
  until: period.until,
  field: period.field,
  basis: period.basis === 'OCCURRED' ? period.basis : '',
});

/** The period, action field and clock to review. */
export const PeriodForm = ({
  initial,
  fields,
  onApply,
}: {
  initial: Period;
  fields: readonly { id: string; title: string }[];
  onApply: (period: Period) => void;
}) => {
  const m = useMessages(changesMessages);
  const [draft, setDraft] = useState(initial);
  const field = draftFields({ value: draft, onChange: setDraft });
  return (
    <FiltersForm className="filters no-print" onApply={() => onApply(draft)}>
      <TextField {...field('since', m.since)} type="date" required />
      <TextField {...field('until', m.until)} type="date" hint={m.untilHint} />
      <SelectField
        {...field('field', m.actionField)}
        options={[
          { value: '', label: m.anyField },
          ...fields.map((field) => ({ value: field.id, label: field.title })),
        ]}
      />
      <SelectField
        label={m.basis}
        value={draft.basis}
        onChange={(basis) =>
          setDraft({ ...draft, basis: basis === 'OCCURRED' ? 'OCCURRED' : 'RECORDED' })
        }
        options={[
          { value: 'RECORDED', label: m.recorded },
          { value: 'OCCURRED', label: m.occurred },
        ]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {m.show}
        </button>
      </div>
    </FiltersForm>
  );
};
