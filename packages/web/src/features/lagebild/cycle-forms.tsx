import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { TransitionDialog } from '../../commands/transition-form.js';
import { useMessages } from '../../i18n/i18n.js';
import { CreateDialog } from '../../shared/create-form.js';
import { TextField } from '../../ui/fields.js';
import { cycleMessages } from './cycle-messages.js';
import { CloseReportingCycle, OpenReportingCycle } from './mutations.js';

/** Berichtszyklus eröffnen: its name and the day reports are due. */
export const OpenCycleButton = ({ done }: { readonly done: (message: string) => void }) => {
  const m = useMessages(cycleMessages);
  return (
    <CreateDialog
      label={m.open}
      submitLabel={m.open}
      intro={m.openText}
      reason="optional"
      mutation={OpenReportingCycle}
      formFields={['title', 'deadline', ...DECISION_FIELDS]}
      empty={{ title: '', deadline: '' }}
      input={(draft, decision) => ({
        title: draft.title.trim(),
        deadline: draft.deadline,
        ...decision,
      })}
      onCreated={() => done(m.doneOpen)}
    >
      {({ field }) => (
        <>
          <TextField {...field('title', m.cycleTitle)} required hint={m.cycleTitleHint} autoFocus />
          <TextField {...field('deadline', m.deadline)} type="date" required />
        </>
      )}
    </CreateDialog>
  );
};

/** Berichtszyklus schließen: reports still missing stay visible as missing. */
export const CloseCycleDialog = ({
  cycle,
  reload,
  done,
}: {
  readonly cycle: { readonly id: string; readonly version: number; readonly title: string };
  readonly reload: () => void;
  readonly done: (message: string) => void;
}) => {
  const m = useMessages(cycleMessages);
  return (
    <TransitionDialog
      label={m.close}
      mutation={CloseReportingCycle}
      target={{ id: cycle.id, version: cycle.version, reload }}
      formFields={DECISION_FIELDS}
      intro={m.closeText(cycle.title)}
      reason="optional"
      onDone={() => done(m.doneClose)}
    />
  );
};
