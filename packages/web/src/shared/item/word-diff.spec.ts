import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.js';

const join = (parts: ReturnType<typeof wordDiff>, keep: 'before' | 'after') =>
  parts
    .filter(
      (part) => part.kind === 'same' || part.kind === (keep === 'before' ? 'removed' : 'added'),
    )
    .map((part) => part.text)
    .join('');

describe('wordDiff', () => {
  it('marks the replaced word and keeps the rest', () => {
    expect(wordDiff('Lotsen für den Mittelstand', 'Lotsen für das Handwerk')).toEqual([
      { kind: 'same', text: 'Lotsen für ' },
      { kind: 'removed', text: 'den Mittelstand' },
      { kind: 'added', text: 'das Handwerk' },
    ]);
  });

  it('rebuilds both texts exactly', () => {
    const before =
      'Die Landesregierung fördert  Kooperationen\nzwischen Hochschulen und Industrie.';
    const after =
      'Die Landesregierung fördert gezielt Kooperationen zwischen Industrie und Hochschulen.';
    const parts = wordDiff(before, after);
    expect(join(parts, 'before')).toBe(before);
    expect(join(parts, 'after')).toBe(after);
  });

  it('shows an added text as one insertion', () => {
    expect(wordDiff('', 'Neu')).toEqual([{ kind: 'added', text: 'Neu' }]);
  });

  it('gives up word by word on very long texts, still rebuilding both', () => {
    const before = 'a '.repeat(600);
    const after = 'b '.repeat(600);
    const parts = wordDiff(before, after);
    expect(parts).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
