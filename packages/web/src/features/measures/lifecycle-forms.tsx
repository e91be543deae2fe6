import { useCommand } from '../../commands/use-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { DECISION_FIELDS, DecisionForm } from './decision-form.js';
import type { MeasureDetail } from './measure-query.js';
import { measureMessages } from './messages.js';
import { CompleteMeasure, StartMeasure, StopMeasure } from './mutations.js';

/** What every form of a measure's page gets: the measure as loaded, and what to do after. */
export interface MeasureFormProps {
  readonly measure: MeasureDetail;
  /** Reloads the measure (after a conflict) without touching the form. */
  readonly reload: () => void;
  readonly close: () => void;
  /** Announces what happened, once the dialog is closed. */
  readonly done: (message: string) => void;
}

export const StartForm = ({ measure, reload, close, done }: MeasureFormProps) => {
  const m = useMessages(measureMessages);
  const [state, run] = useCommand(StartMeasure, DECISION_FIELDS);
  return (
    <DecisionForm
      state={state}
      onReload={reload}
      onCancel={close}
      onDone={() => {
        close();
        done(m.doneStart);
      }}
      confirm={(decision) =>
        run({ input: { id: measure.id, expectedVersion: measure.version, ...decision } })
      }
      submitLabel={m.start}
      reasonRequired={false}
      intro={m.startText}
    />
  );
};

export const CompleteForm = ({ measure, reload, close, done }: MeasureFormProps) => {
  const m = useMessages(measureMessages);
  const [state, run] = useCommand(CompleteMeasure, DECISION_FIELDS);
  return (
    <DecisionForm
      state={state}
      onReload={reload}
      onCancel={close}
      onDone={() => {
        close();
        done(m.doneComplete);
      }}
      confirm={(decision) =>
        run({ input: { id: measure.id, expectedVersion: measure.version, ...decision } })
      }
      submitLabel={m.complete}
      reasonRequired={false}
      intro={m.completeText}
    />
  );
};

/** Stopping ends the measure for good: the domain asks for a reason. */
export const StopForm = ({ measure, reload, close, done }: MeasureFormProps) => {
  const m = useMessages(measureMessages);
  const [state, run] = useCommand(StopMeasure, DECISION_FIELDS);
  return (
    <DecisionForm
      state={state}
      onReload={reload}
      onCancel={close}
      onDone={() => {
        close();
        done(m.doneStop);
      }}
      confirm={(decision) =>
        run({ input: { id: measure.id, expectedVersion: measure.version, ...decision } })
      }
      submitLabel={m.stop}
      reasonRequired
      danger
      intro={m.stopText}
    />
  );
};
