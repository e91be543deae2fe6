import { useCallback, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { localIdOf } from '../../app/paths.js';
import { useProcessSlug } from '../../app/process.js';
import { createIdempotencyKeys } from '../../commands/idempotency.js';
import { apiErrorsOf } from '../../graphql/errors.js';
import { useFormat, useLocale, useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import { parseFigure } from '../../shared/indicator/parse-value.js';
import { SheetDownload } from '../../shared/sheets/sheet-download.js';
import { SheetImport } from '../../shared/sheets/sheet-import.js';
import { defaultReferenceDate } from '../../shared/status-report/reference-date.js';
import { useUrlParam } from '../../shared/url-state.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page, Section } from '../../ui/page.js';
import { bulkMessages } from './bulk-messages.js';
import { checkRow, isBlank, outcomesOf, type RowOutcome, type ValueRow } from './bulk-values.js';
import { type BulkIndicator, BulkValuesQuery } from './bulk-values-query.js';
import { ReportIndicatorValues } from './mutations.js';

const EMPTY_ROW: ValueRow = { value: '', referenceDate: '', source: '' };

/** A cell's input, labelled by its column and row, its error beside it. */
const Cell = ({
  id,
  label,
  type = 'text',
  value,
  error,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly type?: 'text' | 'date';
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}) => (
  <td className={error ? 'field--invalid' : undefined}>
    <input
      id={id}
      type={type}
      aria-label={label}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      inputMode={type === 'text' && id.endsWith('-value') ? 'decimal' : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
    {error ? (
      <p className="field__error" id={`${id}-error`}>
        {error}
      </p>
    ) : null}
  </td>
);

/**
 * Kennzahlenwerte melden: every indicator in one table (value, reference date, source), sent
 * with one button for the open cycle. Tab moves along a row and on to the next, Enter submits.
 * Every filled row goes in one command, all or none: when the API refuses a row, nothing is
 * saved, every row keeps its input and the refused one shows why beside it; after a success
 * the rows say so and empty.
 */
export const BulkValuesPage = () => {
  const m = useMessages(bulkMessages);
  const { locale } = useLocale();
  const format = useFormat();
  const today = useToday();
  const process = useProcessSlug();
  const [actionField] = useUrlParam('handlungsfeld');
  const [{ data, error }, reexecute] = useQuery({
    query: BulkValuesQuery,
    variables: { process, actionField: actionField || null },
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [, report] = useMutation(ReportIndicatorValues);
  const [rows, setRows] = useState<Record<string, ValueRow>>({});
  const [outcomes, setOutcomes] = useState<Record<string, RowOutcome>>({});
  const [pending, setPending] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  // A retry of the same table cannot report its values twice.
  const keys = useRef(createIdempotencyKeys()).current;

  if (error && !data) return <QueryError error={error} retry={reload} />;
  if (!data) return <Loading />;
  const cycle = data.reportingCycles[0];
  const defaultDate = defaultReferenceDate(cycle?.deadline, today);
  const indicators = data.indicators.filter((indicator) => indicator.status !== 'retired');
  const rowOf = (id: string): ValueRow => rows[id] ?? { ...EMPTY_ROW, referenceDate: defaultDate };
  const setRow = (id: string, change: Partial<ValueRow>) =>
    setRows((current) => ({ ...current, [id]: { ...rowOf(id), ...change } }));

  const submit = async () => {
    setSummary(null);
    const filled = indicators.filter((indicator) => !isBlank(rowOf(indicator.id)));
    const checked = Object.fromEntries(
      filled.map((indicator) => [indicator.id, { errors: checkRow(rowOf(indicator.id), m) }]),
    );
    const invalid = filled.filter(
      (indicator) => Object.keys(checked[indicator.id]?.errors ?? {}).length > 0,
    );
    if (filled.length === 0 || invalid.length > 0) {
      setOutcomes(checked);
      setSummary(filled.length === 0 ? m.nothingToSend : m.fixRows(invalid.length));
      return;
    }
    if (!cycle) return;
    setPending(true);
    const result = await report(
      keys.add({
        input: {
          id: cycle.id,
          values: filled.map((indicator) => {
            const row = rowOf(indicator.id);
            return {
              indicatorId: indicator.id,
              expectedVersion: indicator.version,
              value: parseFigure(row.value) ?? 0,
              referenceDate: row.referenceDate,
              source: row.source.trim(),
            };
          }),
        },
      }),
    );
    setPending(false);
    if (result.error) {
      const refused = outcomesOf(
        apiErrorsOf(result.error),
        filled.map((indicator) => indicator.id),
      );
      setOutcomes(refused.rows);
      setSummary(refused.general ?? m.refused);
      return;
    }
    keys.settled();
    setRows({});
    setOutcomes(
      Object.fromEntries(filled.map((indicator) => [indicator.id, { errors: {}, saved: true }])),
    );
    setSummary(m.sent(filled.length));
    reload();
  };

  const latest = (indicator: BulkIndicator) => {
    const value = indicator.values.at(-1);
    return value
      ? m.latest(
          `${format.number(value.value)} ${indicator.unit}`,
          format.shortDate(value.referenceDate),
        )
      : m.noValue;
  };

  return (
    <Page
      title={m.title}
      subtitle={cycle ? m.forCycle(cycle.title, format.date(cycle.deadline)) : m.noCycle}
    >
      <p>
        <Link href="/lagebild">{m.back}</Link>
      </p>
      {indicators.length === 0 ? (
        <Empty>{m.noIndicators}</Empty>
      ) : !cycle ? (
        <Empty>{m.noCycleToReport}</Empty>
      ) : (
        <form
          className="form bulk-values"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!pending) void submit();
          }}
        >
          <p className="meta">{m.intro}</p>
          <div className="table-wrap">
            <table className="bulk-values__table">
              <caption className="visually-hidden">{m.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.indicator}</th>
                  <th scope="col">{m.value}</th>
                  <th scope="col">{m.date}</th>
                  <th scope="col">{m.source}</th>
                  <th scope="col">{m.state}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator) => {
                  const row = rowOf(indicator.id);
                  const outcome = outcomes[indicator.id];
                  const id = `bulk-${indicator.id}`;
                  return (
                    <tr key={indicator.id}>
                      <th scope="row">
                        {indicator.title} ({indicator.unit})
                        <span className="meta">
                          {indicator.measure ? `${indicator.measure.title} · ` : ''}
                          {latest(indicator)}
                        </span>
                      </th>
                      <Cell
                        id={`${id}-value`}
                        label={m.valueOf(indicator.title)}
                        value={row.value}
                        error={outcome?.errors.value}
                        onChange={(value) => setRow(indicator.id, { value })}
                      />
                      <Cell
                        id={`${id}-date`}
                        type="date"
                        label={m.dateOf(indicator.title)}
                        value={row.referenceDate}
                        error={outcome?.errors.referenceDate}
                        onChange={(referenceDate) => setRow(indicator.id, { referenceDate })}
                      />
                      <Cell
                        id={`${id}-source`}
                        label={m.sourceOf(indicator.title)}
                        value={row.source}
                        error={outcome?.errors.source}
                        onChange={(source) => setRow(indicator.id, { source })}
                      />
                      <td>
                        {outcome?.saved ? (
                          <span className="badge badge--GREEN">{m.saved}</span>
                        ) : outcome?.general ? (
                          <span className="field__error">{outcome.general}</span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div role="status">{summary ? <p className="notice">{summary}</p> : null}</div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" aria-disabled={pending}>
              {m.submit}
            </button>
          </div>
        </form>
      )}
      {cycle && indicators.length > 0 ? (
        <Section id="kennzahlwerte-tabelle" title={m.sheetTitle}>
          <SheetImport
            path={`/tabellen/import/kennzahlwerte?cycle=${encodeURIComponent(localIdOf(cycle.id))}`}
            copy={{
              intro: m.sheetIntro,
              pending: (counts) => counts.update,
              summary: (counts) => m.sheetSummary(counts.update, counts.unchanged),
              importAll: m.sheetImportAll,
              imported: m.sheetImported,
              nothingNew: m.sheetNothingNew,
            }}
            download={
              <SheetDownload
                path="/tabellen/kennzahlwerte.xlsx"
                params={{ process, actionField: actionField ? localIdOf(actionField) : null }}
                name={locale === 'de' ? 'kennzahlwerte' : 'indicator-values'}
                label={m.sheetDownload}
              />
            }
            onImported={reload}
          />
        </Section>
      ) : null}
    </Page>
  );
};
