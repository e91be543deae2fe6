import { type SQL, sql } from 'drizzle-orm';
import type { SearchQuery } from './query.js';

/** Below this length a word part has no trigram: it must start a word ("KI" in "KI-Anwendungen"). */
const SHORT_TERM = 3;

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;
const regexWord = (term: string) => term.replace(/[\\.^$|?*+()[\]{}]/g, '\\$&');
/** PostgreSQL regex word boundaries: `\m` starts a word, `\M` ends one. */
const wordStart = (term: string) => `\\m${regexWord(term)}`;
const wholeWord = (term: string) => `\\m${regexWord(term)}\\M`;

/** One word part occurs in the folded text (trigram index for 3 letters and more). */
const termMatches = (term: string, column: SQL): SQL =>
  term.length < SHORT_TERM
    ? sql`${column} ~ ${wordStart(term)}`
    : sql`${column} LIKE ${likePattern(term)}`;

const column = (alias: string) => sql.raw(`${alias}.search_text`);
const tsQuery = (query: SearchQuery) => sql`websearch_to_tsquery('german', ${query.text})`;

/**
 * Whether an item (row alias given) matches: every word occurs, inside compounds too
 * ("Mittelstand" in "Mittelstandsförderung"), or German full-text search finds the text's word
 * forms ("Empfehlungen" finds "Empfehlung"). The one matching rule of every list and of `search`.
 */
export const searchMatchSql = (query: SearchQuery, alias = 'v'): SQL =>
  sql`(${sql.join(
    query.terms.map((term) => termMatches(term, column(alias))),
    sql` AND `,
  )} OR ${sql.raw(alias)}.search @@ ${tsQuery(query)})`;

/**
 * How well an item matches, as an integer (a stable cursor): per word, a whole word beats the
 * start of a word beats a part inside one, a hit in the title (the first line) counts extra; then
 * the German full-text rank and the trigram similarity of the whole search break ties.
 */
export const searchScoreSql = (query: SearchQuery, alias = 'v'): SQL => {
  const text = column(alias);
  const firstLine = sql`split_part(${text}, E'\\n', 1)`;
  const perTerm = query.terms.map(
    (term) => sql`(CASE WHEN ${text} ~ ${wholeWord(term)} THEN 100
      WHEN ${text} ~ ${wordStart(term)} THEN 60
      WHEN ${termMatches(term, text)} THEN 30 ELSE 0 END
      + CASE WHEN ${termMatches(term, firstLine)} THEN 20 ELSE 0 END)`,
  );
  return sql`(${sql.join(perTerm, sql` + `)}
    + round(ts_rank(${sql.raw(alias)}.search, ${tsQuery(query)}) * 100)::int
    + round(word_similarity(${query.terms.join(' ')}, ${text}) * 50)::int)`;
};
