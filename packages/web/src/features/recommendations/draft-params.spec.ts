import { describe, expect, it } from 'vitest';
import { actionFieldsOf, parseSuggestionIds } from './draft-params.js';

describe('a new recommendation from suggestions', () => {
  it('reads the suggestion ids from ?from=, in order, each once, blanks dropped', () => {
    expect(parseSuggestionIds('?from=U3U6MQ%3D%3D,U3U6Mg,%20,U3U6MQ%3D%3D')).toEqual([
      'U3U6MQ==',
      'U3U6Mg',
    ]);
    expect(parseSuggestionIds('')).toEqual([]);
    expect(parseSuggestionIds('stand=2017-01-01')).toEqual([]);
  });

  it('starts with the action fields of its suggestions, each once', () => {
    expect(
      actionFieldsOf([
        { actionFields: [{ id: 'digital' }, { id: 'arbeit' }] },
        { actionFields: [{ id: 'arbeit' }] },
        { actionFields: [] },
      ]),
    ).toEqual(['digital', 'arbeit']);
  });
});
