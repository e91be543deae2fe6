import { CommandDialog } from '../../commands/command-dialog.js';
import { useMessages } from '../../i18n/i18n.js';
import { LifecycleDialog, type MeasureFormProps } from './lifecycle-forms.js';
import { measureMessages } from './messages.js';
import { ReportProgressForm } from './report-progress-form.js';
import { ReviseMeasureForm } from './revise-measure-form.js';

export interface MeasureCommands {
  readonly start: boolean;
  readonly reportProgress: boolean;
  readonly requestCompletion: boolean;
  readonly reviewCompletion: boolean;
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
      {may.start ? <LifecycleDialog transition="start" {...props} /> : null}
      {may.reportProgress ? (
        <CommandDialog label={m.reportProgress} variant="primary">
          {(close) => <ReportProgressForm {...props} close={close} />}
        </CommandDialog>
      ) : null}
      {may.requestCompletion ? <LifecycleDialog transition="requestCompletion" {...props} /> : null}
      {may.reviewCompletion ? (
        <>
          <LifecycleDialog transition="confirmCompletion" {...props} />
          <LifecycleDialog transition="returnCompletion" {...props} />
        </>
      ) : null}
      {may.revise ? (
        <CommandDialog label={m.revise} title={m.reviseTitle}>
          {(close) => <ReviseMeasureForm {...props} close={close} />}
        </CommandDialog>
      ) : null}
      {may.stop ? <LifecycleDialog transition="stop" {...props} /> : null}
    </>
  );
};
