import { useEffect, useRef, useState } from 'react';
import { draftFields } from '../../commands/draft-fields.js';
import { useMessages } from '../../i18n/i18n.js';
import { type Option, SelectField, TextField } from '../../ui/fields.js';
import { FiltersForm } from '../../ui/filters-form.js';
import { type BoardFilters, hasFilters, NO_FILTERS } from './board-filters.js';
import { recommendationMessages } from './messages.js';

const SEARCH_DELAY_MS = 400;

/**
 * The board's filters. Choices apply at once; the search applies when typing pauses or on
 * Enter. The address is the state: back, reload and shared links show the same board.
 */
export const BoardFiltersForm = ({
  filters,
  onChange,
  actionFields,
  guidelines,
}: {
  readonly filters: BoardFilters;
  readonly onChange: (filters: BoardFilters) => void;
  readonly actionFields: readonly Option[];
  readonly guidelines: readonly Option[];
}) => {
  const m = useMessages(recommendationMessages);
  const [text, setText] = useState(filters.search);
  // The search last written to the address: a different one came from outside (back, reset).
  const written = useRef(filters.search);
  useEffect(() => {
    if (filters.search !== written.current) {
      written.current = filters.search;
      setText(filters.search);
    }
  }, [filters.search]);
  const applySearch = (search: string) => {
    written.current = search.trim();
    onChange({ ...filters, search: search.trim() });
  };
  useEffect(() => {
    if (text.trim() === filters.search) return;
    const timer = setTimeout(() => {
      written.current = text.trim();
      onChange({ ...filters, search: text.trim() });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);
  const field = draftFields({ value: filters, onChange });
  return (
    <search aria-label={m.filters} className="no-print">
      <FiltersForm onApply={() => applySearch(text)}>
        <SelectField
          {...field('actionField', m.actionField)}
          options={[{ value: '', label: m.allActionFields }, ...actionFields]}
        />
        <SelectField
          {...field('guideline', m.guideline)}
          options={[{ value: '', label: m.allGuidelines }, ...guidelines]}
        />
        <TextField
          label={m.search}
          type="search"
          name="search"
          value={text}
          onChange={setText}
          hint={m.searchHint}
        />
        <div className="form__actions">
          <button type="submit" className="button">
            {m.searchSubmit}
          </button>
          {hasFilters(filters) ? (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(NO_FILTERS)}
            >
              {m.resetFilters}
            </button>
          ) : null}
        </div>
      </FiltersForm>
    </search>
  );
};
