import { useId, useState } from 'react';
import { useLocale, useMessages } from '../../../i18n/i18n.js';
import { sheetMessages } from '../../../shared/sheets/messages.js';
import { type ImportAnswer, SheetRefused, sendSheet } from '../../../shared/sheets/sheet-api.js';
import { SheetDownload } from '../../../shared/sheets/sheet-download.js';

type Step =
  | { readonly at: 'choose' }
  | { readonly at: 'busy'; readonly label: string }
  | { readonly at: 'previewed'; readonly answer: ImportAnswer }
  | { readonly at: 'done'; readonly written: number }
  | { readonly at: 'refused'; readonly reason: string };

/**
 * A workshop protocol in one go: choose the file, check it (every row's problems beside its row
 * and column), then import all rows or none. The server decides everything; this shows it.
 */
export const SheetImport = ({
  meetingId,
  onImported,
}: {
  readonly meetingId: string;
  readonly onImported: () => void;
}) => {
  const m = useMessages(sheetMessages);
  const { locale } = useLocale();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const path = `/tabellen/import/vorschlaege?meeting=${encodeURIComponent(meetingId)}`;

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
      <p className="meta">{m.importIntro}</p>
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
        <SheetDownload
          path="/tabellen/vorlage-vorschlaege.xlsx"
          params={{}}
          name={locale === 'de' ? 'vorlage-vorschlaege' : 'suggestions-template'}
          label={m.template}
        />
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
        <p role="status">{step.written > 0 ? m.imported(step.written) : m.nothingNew}</p>
      ) : null}
      {step.at === 'previewed' ? (
        <>
          <p role="status">
            {m.summary(step.answer.preview.counts.create, step.answer.preview.counts.known)}
            {blocking.length > 0 ? ` ${m.problems(blocking.length)}` : ''}
          </p>
          {step.answer.preview.problems.length > 0 ? (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m.row}</th>
                    <th scope="col">{m.column}</th>
                    <th scope="col">{m.reason}</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            </div>
          ) : null}
          {step.answer.preview.ok && step.answer.preview.counts.create > 0 ? (
            <button type="button" className="button" onClick={() => void run(false)}>
              {m.importAll(step.answer.preview.counts.create)}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
};
