import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold.js';
import { MAX_SEARCH_LENGTH, parseSearch } from './query.js';

describe('foldForSearch', () => {
  it('lowers case and spells umlauts and ß out, composed or decomposed', () => {
    expect(foldForSearch('Weiterbildungsverbünde')).toBe('weiterbildungsverbuende');
    expect(foldForSearch('ÖFFENTLICHE Straße')).toBe('oeffentliche strasse');
    expect(foldForSearch('Bo\u0308rse')).toBe('boerse');
  });
});

describe('parseSearch', () => {
  it('splits into folded words at spaces, hyphens and punctuation', () => {
    expect(parseSearch('  KI-Anwendungen für den Mittelstand! ')).toEqual({
      text: 'KI Anwendungen für den Mittelstand',
      terms: ['ki', 'anwendungen', 'fuer', 'den', 'mittelstand'],
    });
  });

  it('keeps each word once', () => {
    expect(parseSearch('KI ki Ki')).toEqual({ text: 'KI ki Ki', terms: ['ki'] });
  });

  it('drops control characters and lone surrogates, which split words', () => {
    expect(parseSearch('Weiter\u0000bildung\ud800')).toEqual({
      text: 'Weiter bildung',
      terms: ['weiter', 'bildung'],
    });
  });

  it('says why a text is no search', () => {
    expect(parseSearch('')).toBe('empty');
    expect(parseSearch(' \t\n')).toBe('empty');
    expect(parseSearch('x'.repeat(MAX_SEARCH_LENGTH + 1))).toBe('too_long');
    expect(parseSearch('x'.repeat(MAX_SEARCH_LENGTH))).not.toBeTypeOf('string');
    expect(parseSearch('„–“ !?')).toBe('no_words');
  });
});
