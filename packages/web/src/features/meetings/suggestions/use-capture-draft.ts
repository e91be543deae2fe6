import { useCallback, useState } from 'react';
import type { Sector } from '../../../shared/options.js';

export interface CaptureDraft {
  readonly text: string;
  readonly title: string;
  readonly sector: Sector | '';
  readonly actionFieldIds: readonly string[];
}

/**
 * What the quick capture holds between suggestions. At a workshop table several suggestions in a
 * row come from the same sector and concern the same action fields, so a capture clears only
 * the text and the title.
 */
export const useCaptureDraft = (initialActionFieldIds: readonly string[]) => {
  const [draft, setDraft] = useState<CaptureDraft>(() => ({
    text: '',
    title: '',
    sector: '',
    actionFieldIds: initialActionFieldIds,
  }));
  const update = useCallback(
    (change: Partial<CaptureDraft>) => setDraft((current) => ({ ...current, ...change })),
    [],
  );
  const clearForNext = useCallback(
    () => setDraft((current) => ({ ...current, text: '', title: '' })),
    [],
  );
  return { draft, update, clearForNext };
};
