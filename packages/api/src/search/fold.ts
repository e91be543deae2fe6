/**
 * Text as search compares it: composed Unicode, lower case, umlauts and ß spelt out, so
 * "Weiterbildungsverbuende" and "Weiterbildungsverbünde" meet, and PostgreSQL's regex word
 * boundaries see only ASCII letters where German has its special ones. The migration
 * `search_trigram` does the same in SQL for rows written before it.
 */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss');
