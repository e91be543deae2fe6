import { describe, expect, it } from 'vitest';
import { withParams } from '../../shared/url-state.js';
import { eventsArguments, filterParams, filtersFromSearch } from './log-filters.js';

describe('activity log filters', () => {
  it('round-trips through the address and keeps the as-of date', () => {
    const filters = {
      person: 'Projektteam',
      since: '2017-03-01',
      until: '',
      type: 'RecommendationAdopted',
      field: '',
    };
    const search = withParams('stand=2018-01-01&field=old', filterParams(filters)).toString();
    expect(new URLSearchParams(search).get('stand')).toBe('2018-01-01');
    expect(new URLSearchParams(search).has('field')).toBe(false);
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('turns days into a window from the start of one day to the end of another, in Berlin', () => {
    const args = eventsArguments(
      {
        person: '',
        since: '2017-03-07',
        until: '2017-03-07',
        type: '',
        field: 'QWN0aW9uRmllbGQ6MQ==',
      },
      null,
      'Europe/Berlin',
    );
    // Whatever the host's zone (this spec also runs under other TZ values).
    expect(args.since).toBe('2017-03-06T23:00:00.000Z');
    expect(args.until).toBe('2017-03-07T22:59:59.999Z');
    expect(args).not.toHaveProperty('actor');
    expect(args.actionField).toBe('QWN0aW9uRmllbGQ6MQ==');
  });

  it('ends the log at the as-of moment unless an earlier day is chosen', () => {
    const empty = { person: '', since: '', until: '', type: '', field: '' };
    expect(eventsArguments(empty, '2018-01-01T22:59:59.999Z', 'Europe/Berlin')).toEqual({
      until: '2018-01-01T22:59:59.999Z',
    });
    expect(eventsArguments(empty, null, 'Europe/Berlin')).toEqual({});
  });
});
