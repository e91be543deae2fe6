export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Words and the whitespace after them, so the parts join back into the original texts. */
const tokens = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [];

/** Longer texts than this are compared line-free in one table rather than word by word. */
const MAX_CELLS = 250_000;

/**
 * A word-level diff (longest common subsequence), so a revised paragraph shows what was struck
 * and what was added instead of two near-identical blocks. Very long texts fall back to
 * "all removed, all added" to keep the page fast.
 */
export const wordDiff = (before: string, after: string): DiffPart[] => {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS) {
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ].filter((part) => part.text !== '') as DiffPart[];
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lengths[i] as number[];
    const below = lengths[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i] as string);
      i++;
      j++;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      push('removed', a[i] as string);
      i++;
    } else {
      push('added', b[j] as string);
      j++;
    }
  }
  for (; i < a.length; i++) push('removed', a[i] as string);
  for (; j < b.length; j++) push('added', b[j] as string);
  return parts;
};
