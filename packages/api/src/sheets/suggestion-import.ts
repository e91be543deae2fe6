import { createHash } from 'node:crypto';
import {
  type CaptureSuggestionData,
  type DomainError,
  type SuggestionChannel,
  sectorLabels,
  suggestionChannelLabels,
} from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { listOf, oneOf, yesNo } from './cell-values.js';
import {
  cellsByKey,
  matchHeader,
  missingColumns,
  type SheetColumn,
  SUGGESTION_COLUMNS,
} from './columns.js';
import type { RowPlan } from './preview.js';
import { problem, type SheetProblem } from './problems.js';
import { type CellValue, type SheetTable, textOf } from './read-sheet.js';
import type { RowCommand } from './run-rows.js';

type Key = (typeof SUGGESTION_COLUMNS)[number]['key'];

const header = (key: Key): string =>
  (SUGGESTION_COLUMNS.find((candidate) => candidate.key === key) as SheetColumn).header.de;

const CHANNEL_ALIASES: Readonly<Record<string, SuggestionChannel>> = {
  post: 'mail',
  'e-mail': 'mail',
  email: 'mail',
  workshop: 'meeting',
  sonstiges: 'other',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The id a row's suggestion gets: derived from the meeting and the row's content, so the same
 * file imported twice names the same suggestions, and the second import finds them there.
 */
export const suggestionIdOf = (meetingId: string, parts: readonly string[]): string => {
  const hash = createHash('sha256')
    .update(
      ['sheet-import', meetingId, ...parts.map((part) => part.replace(/\s+/g, ' ').trim())].join(
        '\u0000',
      ),
    )
    .digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
};

interface ActionFieldRow {
  id: string;
  title: string;
}

/** Where a domain refusal's field is in the sheet. */
const COLUMN_OF_FIELD: Readonly<Record<string, Key>> = {
  text: 'text',
  title: 'title',
  sector: 'sector',
  channel: 'channel',
  actionFieldIds: 'actionFields',
  'submitter.name': 'submitter',
  'submitter.email': 'email',
  'submitter.organisation': 'organisation',
};

export const columnOfSuggestionError = (error: DomainError): string | null => {
  const key = error.field ? COLUMN_OF_FIELD[error.field] : undefined;
  return key ? header(key) : null;
};

export interface SuggestionPlan {
  readonly rows: RowPlan[];
  readonly problems: SheetProblem[];
  readonly commands: RowCommand[];
}

/**
 * Reads a workshop protocol's rows as `CaptureSuggestion` commands for the meeting: every cell
 * checked, each problem with its row and column; rows imported before are `known`.
 */
export const planSuggestions = async (
  runner: SqlRunner,
  table: SheetTable,
  meetingId: string,
): Promise<SuggestionPlan> => {
  const columns = matchHeader(SUGGESTION_COLUMNS, table.header);
  const problems = missingColumns(SUGGESTION_COLUMNS, columns, {
    de: 'siehe Vorlage',
    en: 'see the template',
  });
  if (problems.length > 0) return { rows: [], problems, commands: [] };
  const fields = await runner.rows<ActionFieldRow>(sql`
    SELECT id, title FROM item_versions
    WHERE kind = 'ActionField' AND valid_to IS NULL AND status = 'active'`);
  const cellsOf = (cells: readonly (CellValue | undefined)[]) =>
    cellsByKey<Key, CellValue | undefined>(columns, cells);
  const planned: { row: number; data: CaptureSuggestionData; label: string; known: boolean }[] = [];
  const seen = new Map<string, number>();
  for (const { number, cells } of table.rows) {
    const cell = cellsOf(cells);
    const text = (key: Key) => textOf(cell.get(key));
    const rowProblems: SheetProblem[] = [];
    const fail = (key: Key, code: string, message: SheetProblem['message']) =>
      rowProblems.push(problem(number, header(key), code, message));
    if (text('text') === '') {
      fail('text', 'REQUIRED', { de: 'Der Text fehlt.', en: 'The text is missing.' });
    }
    const sector = oneOf(cell.get('sector'), sectorLabels);
    if ('problem' in sector) fail('sector', 'INVALID_VALUE', sector.problem);
    else if (sector.value === undefined) {
      fail('sector', 'REQUIRED', { de: 'Der Sektor fehlt.', en: 'The sector is missing.' });
    }
    const channel = oneOf(cell.get('channel'), suggestionChannelLabels, CHANNEL_ALIASES);
    if ('problem' in channel) fail('channel', 'INVALID_VALUE', channel.problem);
    const actionFieldIds: string[] = [];
    for (const name of listOf(cell.get('actionFields'))) {
      const wanted = name.toLowerCase();
      const field = fields.find((f) => f.id === wanted || f.title.toLowerCase() === wanted);
      if (field) actionFieldIds.push(field.id);
      else {
        fail('actionFields', 'UNKNOWN_ACTION_FIELD', {
          de: `Ein Handlungsfeld „${name.slice(0, 80)}“ gibt es nicht.`,
          en: `There is no action field "${name.slice(0, 80)}".`,
        });
      }
    }
    const consent = yesNo(cell.get('consent'));
    if ('problem' in consent) fail('consent', 'INVALID_VALUE', consent.problem);
    const name = text('submitter');
    const email = text('email');
    const organisation = text('organisation');
    const person = name !== '' || email !== '' || organisation !== '';
    if (person && 'value' in consent && !consent.value) {
      fail('consent', 'CONSENT_MISSING', {
        de: 'Angaben zur Person nur mit Einwilligung („ja“): Einwilligung eintragen oder Name, E-Mail und Organisation leeren.',
        en: 'Personal details only with consent ("ja"): enter the consent or clear name, e-mail and organisation.',
      });
    }
    if (person && name === '') {
      fail('submitter', 'REQUIRED', {
        de: 'Zu E-Mail oder Organisation gehört ein Name.',
        en: 'An e-mail or organisation needs a name.',
      });
    }
    if (email !== '' && !EMAIL.test(email)) {
      fail('email', 'INVALID_VALUE', {
        de: `„${email.slice(0, 80)}“ ist keine E-Mail-Adresse.`,
        en: `"${email.slice(0, 80)}" is not an e-mail address.`,
      });
    }
    problems.push(...rowProblems);
    if (rowProblems.length > 0 || !('value' in sector) || sector.value === undefined) continue;
    const kind = ('value' in channel ? channel.value : undefined) ?? 'meeting';
    const exported = text('id');
    const suggestionId =
      exported !== ''
        ? exported
        : suggestionIdOf(meetingId, [text('title'), text('text'), sector.value, name]);
    const title = text('title');
    const data: CaptureSuggestionData = {
      suggestionId,
      text: text('text'),
      sector: sector.value,
      channel: kind,
      ...(title ? { title } : {}),
      ...(kind === 'meeting' ? { meetingId } : {}),
      ...(actionFieldIds.length > 0 ? { actionFieldIds: [...new Set(actionFieldIds)] } : {}),
      ...(person
        ? {
            submitter: {
              subjectId: suggestionIdOf(suggestionId, ['submitter', name, email, organisation]),
              name,
              ...(email ? { email } : {}),
              ...(organisation ? { organisation } : {}),
            },
          }
        : {}),
    };
    const earlier = seen.get(suggestionId);
    if (earlier !== undefined) {
      problems.push(
        problem(
          number,
          null,
          'DUPLICATE_ROW',
          {
            de: `Dieselbe Zeile steht schon in Zeile ${earlier}: sie wird nur einmal übernommen.`,
            en: `The same row is in row ${earlier} already: it is imported once.`,
          },
          'notice',
        ),
      );
      continue;
    }
    seen.set(suggestionId, number);
    planned.push({ row: number, data, label: title || text('text').slice(0, 80), known: false });
  }
  const ids = planned.map((entry) => entry.data.suggestionId);
  const known = new Set(
    ids.length === 0
      ? []
      : (
          await runner.rows<{ id: string }>(sql`
            SELECT id FROM item_versions WHERE kind = 'Suggestion' AND valid_to IS NULL
              AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`)
        ).map((row) => row.id),
  );
  const rows: RowPlan[] = [];
  const commands: RowCommand[] = [];
  for (const entry of planned) {
    const isKnown = known.has(entry.data.suggestionId);
    rows.push({ row: entry.row, action: isKnown ? 'known' : 'create', label: entry.label });
    if (!isKnown) {
      commands.push({
        row: entry.row,
        kind: 'Suggestion',
        command: { type: 'CaptureSuggestion', data: entry.data },
      });
    }
  }
  return { rows, problems, commands };
};
