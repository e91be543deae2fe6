import { describe, expect, it } from 'vitest';
import type { SuggestionRow } from './fragments.js';
import { newestFirst } from './newest-first.js';

const row = (
  id: string,
  createdAt: string,
  status: SuggestionRow['status'] = 'captured',
): SuggestionRow => ({
  id,
  title: id,
  text: id,
  status,
  sector: 'INDUSTRY',
  createdAt,
  capturedAt: createdAt,
});

describe('the meeting list of suggestions', () => {
  it('puts one just captured on top before the refetched list has it', () => {
    const loaded = [row('a', '2024-01-01T10:00:00.000Z'), row('b', '2024-01-01T11:00:00.000Z')];
    const captured = [row('new', '2024-01-02T09:00:00.000Z')];
    expect(newestFirst(loaded, captured).map((s) => s.id)).toEqual(['new', 'b', 'a']);
  });

  it('lists it once when the refetched list has it too, with the server copy', () => {
    const captured = [row('new', '2024-01-02T09:00:00.000Z')];
    const loaded = [row('new', '2024-01-02T09:00:00.000Z', 'declined')];
    expect(newestFirst(loaded, captured)).toEqual([
      row('new', '2024-01-02T09:00:00.000Z', 'declined'),
    ]);
  });
});
