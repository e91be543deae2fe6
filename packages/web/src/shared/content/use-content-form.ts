import { useEffect, useRef, useState } from 'react';
import type { ActionFieldRef } from '../action-fields.js';
import { type Content, rebaseContent } from './revised-fields.js';

const contentOf = (item: {
  readonly title: string;
  readonly body: string;
  readonly actionFields: readonly ActionFieldRef[];
}): Content => ({
  title: item.title,
  body: item.body,
  actionFieldIds: item.actionFields.map((field) => field.id),
});

/**
 * The content a revise form edits, and what it started from. When the form moves to a newer
 * version (conflict, "load the new state"), untouched fields follow the item, edits stay.
 */
export const useContentForm = (
  item: Parameters<typeof contentOf>[0],
  expectedVersion: number,
): { initial: Content; content: Content; setContent: (content: Content) => void } => {
  const [form, setForm] = useState(() => ({ initial: contentOf(item), edited: contentOf(item) }));
  const baseVersion = useRef(expectedVersion);
  const latest = useRef(item);
  latest.current = item;
  useEffect(() => {
    if (expectedVersion === baseVersion.current) return;
    baseVersion.current = expectedVersion;
    setForm((current) => rebaseContent(current.initial, current.edited, contentOf(latest.current)));
  }, [expectedVersion]);
  return {
    initial: form.initial,
    content: form.edited,
    setContent: (edited) => setForm((current) => ({ ...current, edited })),
  };
};
