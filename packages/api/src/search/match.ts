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
 * Per word: where it is found, best first, with points. A hit in the title (the text's first
 * line) beats one in the body. A word part inside a compound counts nearly as a whole word
 * ("Weiterbildung" in "Weiterbildungsverbünde"); for a short word only a whole word does, as
 * "KI" starting "Kinderbetreuung" is mostly chance.
 */
const levels = (term: string): [title: number, body: number, pattern: (column: SQL) => SQL][] => {
  const whole = (at: SQL) => sql`${at} ~ ${wholeWord(term)}`;
  const start = (at: SQL) => sql`${at} ~ ${wordStart(term)}`;
  if (term.length < SHORT_TERM)
    return [
      [200, 100, whole],
      [20, 10, start],
    ];
  const part = (at: SQL) => sql`${at} LIKE ${likePattern(term)}`;
  return [
    [200, 100, whole],
    [170, 80, start],
    [150, 60, part],
  ];
};

/**
 * How well an item matches, as an integer (a stable cursor): the points of its words (see
 * `levels`), then the German full-text rank breaks ties. (pg_trgm's `word_similarity` would
 * too, but tripled the time of a search matching 6,000 of 50,000 items.)
 */
export const searchScoreSql = (query: SearchQuery, alias = 'v'): SQL => {
  const text = column(alias);
  const title = sql`split_part(${text}, E'\\n', 1)`;
  const perTerm = query.terms.map((term) => {
    const cases = levels(term).flatMap(([inTitle, inBody, pattern]) => [
      { points: inTitle, when: pattern(title) },
      { points: inBody, when: pattern(text) },
    ]);
    cases.sort((a, b) => b.points - a.points);
    return sql`(CASE ${sql.join(
      cases.map(({ points, when }) => sql`WHEN ${when} THEN ${sql.raw(String(points))}`),
      sql` `,
    )} ELSE 0 END)`;
  });
  return sql`(${sql.join(perTerm, sql` + `)}
    + round(ts_rank(${sql.raw(alias)}.search, ${tsQuery(query)}) * 100)::int)`;
};
