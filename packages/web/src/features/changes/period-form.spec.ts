import { checkedCalendarDate } from '@fahrplan/domain';
import { describe, expect, it } from 'vitest';
import { periodFrom } from './period-form.js';

const today = checkedCalendarDate('2026-12-06');

describe('periodFrom', () => {
  it('defaults to the four weeks up to the installation’s today', () =>
    expect(periodFrom('', null, today)).toMatchObject({ since: '2026-11-08', until: '' }));
  it('ends at the as-of day when one is chosen', () =>
    expect(periodFrom('', '2018-06-19', today)).toMatchObject({
      since: '2018-05-22',
      until: '2018-06-19',
    }));
  it('takes the days from the address, and ignores days that do not exist', () => {
    expect(periodFrom('since=2018-01-01&until=2018-02-01', null, today)).toMatchObject({
      since: '2018-01-01',
      until: '2018-02-01',
    });
    expect(periodFrom('since=2018-02-30', null, today).since).toBe('2026-11-08');
  });
});
