// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BoardFilters, NO_FILTERS } from './board-filters.js';
import { BoardFiltersForm } from './board-filters-form.js';

const renderForm = (filters: BoardFilters, onChange = vi.fn()) => {
  const view = render(
    <BoardFiltersForm
      filters={filters}
      onChange={onChange}
      actionFields={[{ value: 'digital', label: 'Digitalisierung' }]}
      guidelines={[{ value: 'mittelstand', label: 'Mittelstand digital' }]}
    />,
  );
  return { ...view, onChange };
};

describe('the board filter form', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('applies a chosen action field at once', () => {
    const { onChange } = renderForm(NO_FILTERS);
    fireEvent.change(screen.getByLabelText('Handlungsfeld'), { target: { value: 'digital' } });
    expect(onChange).toHaveBeenCalledWith({ ...NO_FILTERS, actionField: 'digital' });
  });

  it('applies the search once typing pauses, not on every key', () => {
    const { onChange } = renderForm(NO_FILTERS);
    const field = screen.getByLabelText('Volltextsuche');
    fireEvent.change(field, { target: { value: 'Lot' } });
    act(() => vi.advanceTimersByTime(200));
    fireEvent.change(field, { target: { value: 'Lotsen' } });
    act(() => vi.advanceTimersByTime(200));
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(300));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ ...NO_FILTERS, search: 'Lotsen' });
  });

  it('applies the search at once on Enter', () => {
    const { onChange } = renderForm(NO_FILTERS);
    fireEvent.change(screen.getByLabelText('Volltextsuche'), { target: { value: ' Fachkräfte ' } });
    const submit = screen.getByRole('button', { name: 'Suchen' });
    fireEvent.submit(submit.closest('form') ?? submit);
    expect(onChange).toHaveBeenCalledWith({ ...NO_FILTERS, search: 'Fachkräfte' });
  });

  it('shows a search that changed in the address (back, reset) and resets all filters', () => {
    const { rerender, onChange } = renderForm({ ...NO_FILTERS, search: 'Lotsen' });
    expect(screen.getByLabelText('Volltextsuche')).toHaveProperty('value', 'Lotsen');
    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(onChange).toHaveBeenCalledWith(NO_FILTERS);
    rerender(
      <BoardFiltersForm
        filters={NO_FILTERS}
        onChange={onChange}
        actionFields={[]}
        guidelines={[]}
      />,
    );
    expect(screen.getByLabelText('Volltextsuche')).toHaveProperty('value', '');
    expect(screen.queryByRole('button', { name: 'Filter zurücksetzen' })).toBeNull();
  });
});
