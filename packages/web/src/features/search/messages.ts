import { defineMessages } from '../../i18n/i18n.js';

export const searchMessages = defineMessages({
  de: {
    label: 'Alles durchsuchen',
    placeholder: 'Suchen …',
    submit: 'Suchen',
    shortcutHint: 'Tastenkürzel: / oder Strg+K',
    title: 'Suche',
    titleFor: (query: string) => `Suche nach „${query}“`,
    field: 'Suchbegriff',
    fieldHint:
      'Findet auch Wortteile: „Weiterbildung“ findet „Weiterbildungsverbünde“, „KI“ findet „KI-Anwendungen“.',
    kinds: 'Art',
    allKinds: 'Alle Arten',
    enterQuery: 'Bitte einen Suchbegriff eingeben.',
    noHits: (query: string) => `Nichts gefunden zu „${query}“.`,
    hits: (count: number, more: boolean) =>
      more ? `${count} Treffer, beste zuerst; es gibt weitere.` : `${count} Treffer, beste zuerst.`,
    more: 'Weitere Treffer anzeigen',
    results: 'Treffer',
  },
  en: {
    label: 'Search everything',
    placeholder: 'Search …',
    submit: 'Search',
    shortcutHint: 'Shortcut: / or Ctrl+K',
    title: 'Search',
    titleFor: (query: string) => `Search for “${query}”`,
    field: 'Search term',
    fieldHint:
      'Finds parts of words too: “Weiterbildung” finds “Weiterbildungsverbünde”, “KI” finds “KI-Anwendungen”.',
    kinds: 'Kind',
    allKinds: 'All kinds',
    enterQuery: 'Please enter a search term.',
    noHits: (query: string) => `Nothing found for “${query}”.`,
    hits: (count: number, more: boolean) =>
      `${count} ${count === 1 ? 'result' : 'results'}, best first${more ? '; there are more' : ''}.`,
    more: 'Show more results',
    results: 'Results',
  },
});
