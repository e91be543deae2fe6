import { describe, expect, it } from 'vitest';
import { daysOverdue } from './overdue.js';

const open = { dueDate: '2026-06-30', reachedAt: null, status: 'OPEN' as const };

describe('daysOverdue', () => {
  it('counts the days since an open milestone’s due date', () => {
    expect(daysOverdue(open, '2026-11-25')).toBe(148);
  });

  it('is 0 on the due date itself and before it', () => {
    expect(daysOverdue(open, '2026-06-30')).toBe(0);
    expect(daysOverdue(open, '2025-01-01')).toBe(0);
  });

  it('is 0 once reached, however late', () => {
    expect(
      daysOverdue(
        { ...open, reachedAt: '2026-09-01T10:00:00.000Z', status: 'REACHED' },
        '2026-11-25',
      ),
    ).toBe(0);
  });
});
