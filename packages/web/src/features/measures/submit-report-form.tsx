import { useRef, useState } from 'react';
import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { TransitionForm } from '../../commands/transition-form.js';
import { useMessages } from '../../i18n/i18n.js';
import { parseFigure } from '../../shared/indicator/parse-value.js';
import { statusReportMessages } from '../../shared/status-report/messages.js';
import { SelectField, TextArea, TextField } from '../../ui/fields.js';
import type { MeasureFormProps } from './lifecycle-forms.js';
import type { OpenCycle } from './measure-query.js';
import { SubmitStatusReport } from './mutations.js';
import { reportMessages } from './report-messages.js';
import { parsePercent } from './report-progress-form.js';

const CONFIDENCES = ['GREEN', 'AMBER', 'RED'] as const;
type Confidence = (typeof CONFIDENCES)[number];
const isConfidence = (value: string): value is Confidence =>
  (CONFIDENCES as readonly string[]).includes(value);

interface Row {
  readonly value: string;
  readonly referenceDate: string;
  readonly source: string;
}

type RowProblem = Partial<Record<keyof Row, string>>;

/**
 * Sachstandsbericht einreichen, in one form: narrative, Ampel (the reason below explains it),
 * progress, a value for any of the measure's indicators, and evidence. The figures are checked
 * here first so a row's mistake stands beside it; the API's own refusals land there too.
 */
export const SubmitReportForm = ({
  measure,
  cycle,
  defaultDate,
  close,
  done,
}: Omit<MeasureFormProps, 'reload'> & {
  readonly cycle: OpenCycle & { readonly reload: () => void };
  /** The reference date a row starts with: the cycle's deadline, or today if that is later. */
  readonly defaultDate: string;
}) => {
  const m = useMessages(reportMessages);
  const r = useMessages(statusReportMessages);
  const [narrative, setNarrative] = useState('');
  const [confidence, setConfidence] = useState('');
  const [progress, setProgress] = useState('');
  const [rows, setRows] = useState<Row[]>(() =>
    measure.indicators.map(() => ({ value: '', referenceDate: defaultDate, source: '' })),
  );
  const [problems, setProblems] = useState<{
    confidence?: string;
    progress?: string;
    rows: RowProblem[];
  }>({ rows: [] });
  /** Which indicator each sent value belongs to: the API names a value by its place in the input. */
  const sentRows = useRef<number[]>([]);
  const setRow = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));

  const readInput = () => {
    const rowProblems = rows.map((row): RowProblem => {
      if (row.value.trim() === '' && row.source.trim() === '') return {};
      return {
        ...(parseFigure(row.value) === null ? { value: m.valueInvalid } : {}),
        ...(row.referenceDate ? {} : { referenceDate: m.dateRequired }),
        ...(row.source.trim() ? {} : { source: m.sourceRequired }),
      };
    });
    const percent = progress.trim() === '' ? undefined : parsePercent(progress);
    const next = {
      ...(isConfidence(confidence) ? {} : { confidence: m.confidenceRequired }),
      ...(percent === null ? { progress: m.progressInvalid } : {}),
      rows: rowProblems,
    };
    setProblems(next);
    const invalid =
      next.confidence !== undefined ||
      next.progress !== undefined ||
      rowProblems.some((problem) => Object.keys(problem).length > 0);
    if (invalid || !isConfidence(confidence) || percent === null) return null;
    const filled = rows.flatMap((row, index) => (row.value.trim() === '' ? [] : [index]));
    sentRows.current = filled;
    return {
      measureId: measure.id,
      narrative,
      confidence,
      ...(percent === undefined ? {} : { measureProgress: percent }),
      indicatorValues: filled.map((index) => {
        const row = rows[index] as Row;
        return {
          indicatorId: measure.indicators[index]?.id ?? '',
          value: parseFigure(row.value) ?? 0,
          referenceDate: row.referenceDate,
          source: row.source.trim(),
        };
      }),
    };
  };

  /** The API's message for a row's field: it counts the values sent, not the indicators. */
  const apiErrorFor = (
    errorFor: (field: string) => string | undefined,
    index: number,
    field: keyof Row,
  ) => {
    const sent = sentRows.current.indexOf(index);
    return sent < 0 ? undefined : errorFor(`indicatorValues.${sent}.${field}`);
  };
  const rowFields = measure.indicators.flatMap((_, index) =>
    (['value', 'referenceDate', 'source', 'indicatorId'] as const).map(
      (field) => `indicatorValues.${index}.${field}`,
    ),
  );

  return (
    <TransitionForm
      mutation={SubmitStatusReport}
      target={{ id: cycle.id, version: cycle.version, reload: cycle.reload }}
      input={readInput}
      formFields={['narrative', 'confidence', 'measureProgress', ...rowFields, ...DECISION_FIELDS]}
      onDone={() => {
        close();
        done(m.done);
      }}
      onCancel={close}
      submitLabel={m.submit}
      intro={m.submitIntro}
      reason="required"
    >
      {(state) => (
        <>
          <TextArea
            label={m.narrative}
            required
            rows={6}
            value={narrative}
            onChange={setNarrative}
            error={state.errorFor('narrative', m.narrative)}
          />
          <SelectField
            label={m.confidence}
            required
            value={confidence}
            onChange={setConfidence}
            options={[
              { value: '', label: m.chooseConfidence },
              ...CONFIDENCES.map((value) => ({ value, label: r[value] })),
            ]}
            error={problems.confidence ?? state.errorFor('confidence', m.confidence)}
          />
          <TextField
            label={m.progress}
            type="number"
            min={0}
            max={100}
            value={progress}
            onChange={setProgress}
            error={problems.progress ?? state.errorFor('measureProgress', m.progress)}
          />
          {measure.indicators.length > 0 ? (
            <fieldset className="report-values">
              <legend>{m.values}</legend>
              <p className="field__hint">{m.valuesHint}</p>
              {measure.indicators.map((indicator, index) => {
                const row = rows[index] as Row;
                const problem = problems.rows[index] ?? {};
                const apiError = (field: keyof Row) =>
                  apiErrorFor((name) => state.errorFor(name), index, field);
                return (
                  <div className="report-values__row" key={indicator.id}>
                    <TextField
                      label={m.valueOf(indicator.title, indicator.unit)}
                      value={row.value}
                      onChange={(value) => setRow(index, { value })}
                      error={problem.value ?? apiError('value')}
                    />
                    <TextField
                      label={m.dateOf(indicator.title)}
                      type="date"
                      value={row.referenceDate}
                      onChange={(referenceDate) => setRow(index, { referenceDate })}
                      error={problem.referenceDate ?? apiError('referenceDate')}
                    />
                    <TextField
                      label={m.sourceOf(indicator.title)}
                      value={row.source}
                      onChange={(source) => setRow(index, { source })}
                      error={problem.source ?? apiError('source')}
                    />
                  </div>
                );
              })}
            </fieldset>
          ) : null}
        </>
      )}
    </TransitionForm>
  );
};
