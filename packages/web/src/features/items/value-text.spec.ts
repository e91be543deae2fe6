import { describe, expect, it } from 'vitest';
import { valueText } from './value-text.js';

describe('valueText', () => {
  it('shows nothing as a dash and lists joined', () => {
    expect(valueText(null, '—')).toBe('—');
    expect(valueText([], '—')).toBe('—');
    expect(valueText(['Digitalisierung', 'Arbeit'], '—')).toBe('Digitalisierung, Arbeit');
  });

  it('reads a milestone as its title and due day, not as JSON', () => {
    expect(
      valueText(
        [{ milestoneId: 'm1', title: 'Pilotphase abgeschlossen', dueDate: '2027-06-30T00:00:00Z' }],
        '—',
      ),
    ).toBe('Pilotphase abgeschlossen (2027-06-30)');
  });

  it('reads other records by their values', () => {
    expect(valueText({ url: 'https://example.org', note: 'S. 4' }, '—')).toBe(
      'https://example.org · S. 4',
    );
  });
});
