import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useMessages } from '../../i18n/i18n.js';
import { useUrlParams } from '../../shared/url-state.js';
import { searchMessages } from './messages.js';
import { QUERY_PARAM, SEARCH_PATH, useSearchHref } from './search-href.js';
import { SEARCH_SHORTCUTS, useSearchShortcut } from './use-search-shortcut.js';
import './search.css';

/**
 * The search in the header, on every screen: Enter opens the results page. The shortcut is
 * named in the field's description and in `aria-keyshortcuts`.
 */
export const SearchField = () => {
  const m = useMessages(searchMessages);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [location, navigate] = useLocation();
  const current = useUrlParams().get(QUERY_PARAM) ?? '';
  const onResults = location === SEARCH_PATH;
  const [value, setValue] = useState(onResults ? current : '');
  const searchHref = useSearchHref();
  useSearchShortcut(input);
  // The field shows the search the results page shows (also after going back).
  useEffect(() => {
    if (onResults) setValue(current);
  }, [onResults, current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') {
      input.current?.focus();
      return;
    }
    navigate(searchHref(value.trim()));
  };
  return (
    <search className="no-print" aria-label={m.label}>
      <form className="site-search" onSubmit={submit}>
        <label htmlFor={id} className="visually-hidden">
          {m.label}
        </label>
        <input
          id={id}
          ref={input}
          type="search"
          name={QUERY_PARAM}
          value={value}
          placeholder={m.placeholder}
          autoComplete="off"
          maxLength={200}
          aria-keyshortcuts={SEARCH_SHORTCUTS}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button button--small">
          {m.submit}
        </button>
        <span id={`${id}-hint`} className="site-search__hint">
          {m.shortcutHint}
        </span>
      </form>
    </search>
  );
};
