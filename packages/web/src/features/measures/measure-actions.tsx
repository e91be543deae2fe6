import { useMessages } from '../../i18n/i18n.js';
import { CommandDialog } from './command-dialog.js';
import { CompleteForm, type MeasureFormProps, StartForm, StopForm } from './lifecycle-forms.js';
import { measureMessages } from './messages.js';
import { ReportProgressForm } from './report-progress-form.js';
import { ReviseMeasureForm } from './revise-measure-form.js';

export interface MeasureCommands {
  readonly start: boolean;
  readonly reportProgress: boolean;
  readonly complete: boolean;
  readonly revise: boolean;
  readonly stop: boolean;
}

/** The measure's commands the viewer may issue in its current status, each in a dialog. */
export const MeasureActions = ({
  may,
  ...props
}: Omit<MeasureFormProps, 'close'> & { readonly may: MeasureCommands }) => {
  const m = useMessages(measureMessages);
  return (
    <>
      {may.start ? (
        <CommandDialog label={m.start} variant="primary">
          {(close) => <StartForm {...props} close={close} />}
        </CommandDialog>
      ) : null}
      {may.reportProgress ? (
        <CommandDialog label={m.reportProgress} variant="primary">
          {(close) => <ReportProgressForm {...props} close={close} />}
        </CommandDialog>
      ) : null}
      {may.complete ? (
        <CommandDialog label={m.complete}>
          {(close) => <CompleteForm {...props} close={close} />}
        </CommandDialog>
      ) : null}
      {may.revise ? (
        <CommandDialog label={m.revise} title={m.reviseTitle}>
          {(close) => <ReviseMeasureForm {...props} close={close} />}
        </CommandDialog>
      ) : null}
      {may.stop ? (
        <CommandDialog label={m.stop} variant="danger">
          {(close) => <StopForm {...props} close={close} />}
        </CommandDialog>
      ) : null}
    </>
  );
};
