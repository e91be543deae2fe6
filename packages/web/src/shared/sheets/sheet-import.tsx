import { type ReactNode, useId, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/i18n.js';
import { Table } from '../../ui/table.js';
import { sheetMessages } from './messages.js';
import { type ImportAnswer, SheetRefused, sendSheet } from './sheet-api.js';

type Step =
  | { readonly at: 'choose' }
  | { readonly at: 'busy'; readonly label: string }
  | { readonly at: 'previewed'; readonly answer: ImportAnswer }
  | { readonly at: 'done'; readonly written: number }
  | { readonly at: 'refused'; readonly reason: string };

/** What an import writes: new rows (a protocol's suggestions) or changed ones (a bulk update). */
export interface SheetImportCopy {
  readonly intro: string;
  /** The rows it would write, from the preview's counts. */
  readonly pending: (counts: ImportAnswer['preview']['counts']) => number;
  readonly summary: (counts: ImportAnswer['preview']['counts']) => string;
  readonly importAll: (count: number) => string;
  readonly imported: (written: number) => string;
  readonly nothingNew: string;
}

/**
 * A file in one go: choose it, check it (every row's problems beside its row and column), then
 * import all rows or none. The server decides everything; this shows it. `download` sits beside
 * the check (the template, or the table to edit).
 */
export const SheetImport = ({
  path,
  copy,
  download,
  onImported,
}: {
  /** e.g. `/tabellen/import/vorschlaege?meeting=…` */
  readonly path: string;
  readonly copy: SheetImportCopy;
  readonly download: ReactNode;
  readonly onImported: () => void;
}) => {
  const m = useMessages(sheetMessages);
  const { locale } = useLocale();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ at: 'choose' });

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setStep({ at: 'busy', label: dryRun ? m.checking : m.importing });
    try {
      const answer = await sendSheet(path, file, dryRun, locale);
      if (dryRun || !answer.preview.ok) setStep({ at: 'previewed', answer });
      else {
        setStep({ at: 'done', written: answer.written });
        onImported();
      }
    } catch (error) {
      setStep({
        at: 'refused',
        reason: error instanceof SheetRefused ? error.message : String(error),
      });
    }
  };

  const blocking =
    step.at === 'previewed'
      ? step.answer.preview.problems.filter((p) => p.severity !== 'notice')
      : [];
  return (
    <div className="stack">
      <p className="meta">{copy.intro}</p>
      <div className="row">
        <label htmlFor={fileId}>{m.file}</label>
        <input
          id={fileId}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setStep({ at: 'choose' });
          }}
        />
        <button
          type="button"
          className="button"
          disabled={!file || step.at === 'busy'}
          onClick={() => void run(true)}
        >
          {m.check}
        </button>
        {download}
      </div>
      {step.at === 'busy' ? (
        <p role="status">
          <progress aria-label={step.label} /> {step.label}
        </p>
      ) : null}
      {step.at === 'refused' ? (
        <p className="field__error" role="alert">
          {m.failed} {step.reason}
        </p>
      ) : null}
      {step.at === 'done' ? (
        <p role="status">{step.written > 0 ? copy.imported(step.written) : copy.nothingNew}</p>
      ) : null}
      {step.at === 'previewed' ? (
        <>
          <p role="status">
            {copy.summary(step.answer.preview.counts)}
            {blocking.length > 0 ? ` ${m.problems(blocking.length)}` : ''}
          </p>
          {step.answer.preview.problems.length > 0 ? (
            <Table columns={[m.row, m.column, m.reason]}>
              {step.answer.preview.problems.map((problem) => (
                <tr key={`${problem.row}-${problem.column}-${problem.code}`}>
                  <td>{problem.row ?? m.wholeFile}</td>
                  <td>{problem.column ?? '–'}</td>
                  <td>
                    {problem.severity === 'notice' ? `${m.notice}: ` : ''}
                    {problem.message[locale]}
                  </td>
                </tr>
              ))}
            </Table>
          ) : null}
          {step.answer.preview.ok && copy.pending(step.answer.preview.counts) > 0 ? (
            <button type="button" className="button" onClick={() => void run(false)}>
              {copy.importAll(copy.pending(step.answer.preview.counts))}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
};
