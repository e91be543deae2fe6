import { describe, expect, it } from 'vitest';
import { withParams } from '../../shared/url-state.js';
import {
  boardFilterParams,
  boardFilterVariables,
  hasFilters,
  NO_FILTERS,
  parseBoardFilters,
} from './board-filters.js';

/** The search string (without `?`) the board writes for the filters. */
const boardFiltersSearch = (current: string, filters: Parameters<typeof boardFilterParams>[0]) =>
  withParams(current, boardFilterParams(filters)).toString();

describe('board filters in the address', () => {
  it('reads action field, guideline and search, with or without the question mark', () => {
    expect(parseBoardFilters('?actionField=QUY6MQ%3D%3D&guideline=R2w6MQ&search=Lotsen')).toEqual({
      actionField: 'QUY6MQ==',
      guideline: 'R2w6MQ',
      search: 'Lotsen',
    });
    expect(parseBoardFilters('search=Fachkr%C3%A4fte')).toEqual({
      ...NO_FILTERS,
      search: 'Fachkräfte',
    });
  });

  it('treats missing and blank parameters as no filter', () => {
    expect(parseBoardFilters('')).toEqual(NO_FILTERS);
    expect(parseBoardFilters('?search=%20%20&actionField=')).toEqual(NO_FILTERS);
  });

  it('writes only the filters set and keeps the "Stand vom" date', () => {
    const search = boardFiltersSearch('stand=2017-11-30&search=alt', {
      actionField: 'QUY6MQ==',
      guideline: '',
      search: ' Weiterbildung ',
    });
    const params = new URLSearchParams(search);
    expect(params.get('stand')).toBe('2017-11-30');
    expect(params.get('actionField')).toBe('QUY6MQ==');
    expect(params.get('search')).toBe('Weiterbildung');
    expect(params.has('guideline')).toBe(false);
  });

  it('round-trips: what is written reads back the same', () => {
    const filters = { actionField: 'a/b+c==', guideline: 'g', search: 'Zirkuläre Wertschöpfung' };
    expect(parseBoardFilters(boardFiltersSearch('', filters))).toEqual(filters);
  });

  it('clears every filter from the address when reset', () => {
    expect(boardFiltersSearch('search=x&guideline=g&stand=2018-01-01', NO_FILTERS)).toBe(
      'stand=2018-01-01',
    );
  });

  it('says whether anything is filtered, and gives the API null for no filter', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, guideline: 'g' })).toBe(true);
    expect(boardFilterVariables({ ...NO_FILTERS, search: 'Lotsen' })).toEqual({
      actionField: null,
      guideline: null,
      search: 'Lotsen',
    });
  });
});
