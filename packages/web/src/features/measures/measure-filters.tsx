import { STATUS_LABELS } from '@fahrplan/domain';
import { useEffect, useState } from 'react';
import { useLabel, useMessages } from '../../i18n/i18n.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { measureMessages } from './messages.js';

export interface MeasureFilter {
  readonly status: string;
  readonly actionField: string;
  readonly search: string;
}

/**
 * Status and action field apply at once; the text applies on "Suchen", so the list does not
 * jump while someone types.
 */
export const MeasureFilters = ({
  filter,
  onChange,
  actionFields,
}: {
  readonly filter: MeasureFilter;
  readonly onChange: (change: Partial<MeasureFilter>) => void;
  readonly actionFields: readonly { readonly value: string; readonly label: string }[];
}) => {
  const m = useMessages(measureMessages);
  const label = useLabel();
  const [search, setSearch] = useState(filter.search);
  useEffect(() => setSearch(filter.search), [filter.search]);
  const statuses = Object.entries(STATUS_LABELS.Measure).map(([value, text]) => ({
    value,
    label: label(text),
  }));
  const filtered = filter.status !== '' || filter.actionField !== '' || filter.search !== '';
  return (
    <form
      className="filters no-print"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ search: search.trim() });
      }}
    >
      <SelectField
        label={m.status}
        value={filter.status}
        options={[{ value: '', label: m.allStatuses }, ...statuses]}
        onChange={(status) => onChange({ status })}
      />
      <SelectField
        label={m.actionField}
        value={filter.actionField}
        options={[{ value: '', label: m.allActionFields }, ...actionFields]}
        onChange={(actionField) => onChange({ actionField })}
      />
      <TextField label={m.search} type="search" value={search} onChange={setSearch} />
      <div className="form__actions">
        <button type="submit" className="button">
          {m.searchSubmit}
        </button>
        {filtered ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange({ status: '', actionField: '', search: '' })}
          >
            {m.resetFilters}
          </button>
        ) : null}
      </div>
    </form>
  );
};
