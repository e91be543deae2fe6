import { type RefObject, useEffect } from 'react';

/** The keys that focus the search, for `aria-keyshortcuts` (so assistive technology says them). */
export const SEARCH_SHORTCUTS = '/ Control+K Meta+K';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * "/" (where nobody is typing) or Ctrl+K / ⌘K from anywhere focuses the search field and selects
 * what it holds, so a new search can be typed at once.
 */
export const useSearchShortcut = (input: RefObject<HTMLInputElement | null>): void => {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (!(commandK || (slash && !isTyping(event.target)))) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
};
