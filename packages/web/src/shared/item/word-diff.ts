import { diffArrays } from 'diff';

export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Words and the whitespace after them, so the parts join back into the original texts. */
const tokens = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [];

/** More changed words than this are shown as one replacement: the page stays fast. */
const MAX_CHANGED_WORDS = 500;

/**
 * A word-level diff (jsdiff's Myers diff over words with their trailing whitespace, so both
 * texts rebuild exactly), so a revised paragraph shows what was struck and what was added
 * instead of two near-identical blocks. Texts that differ in very many words fall back to
 * "all removed, all added".
 */
export const wordDiff = (before: string, after: string): DiffPart[] => {
  const changes = diffArrays(tokens(before), tokens(after), { maxEditLength: MAX_CHANGED_WORDS });
  if (!changes) {
    return [
      { kind: 'removed' as const, text: before },
      { kind: 'added' as const, text: after },
    ].filter((part) => part.text !== '');
  }
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(''),
  }));
};
