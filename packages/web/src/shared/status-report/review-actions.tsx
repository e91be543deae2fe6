import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { TransitionDialog } from '../../commands/transition-form.js';
import type { Versioned } from '../../commands/use-item-command.js';
import { useMessages } from '../../i18n/i18n.js';
import { statusReportMessages } from './messages.js';
import { AcceptStatusReport, ReturnStatusReport } from './mutations.js';

/**
 * The ministry's review of one submitted report (Bericht prüfen): accept it, or return it with
 * what to put right. Both change the cycle, naming the measure reported on.
 */
export const ReviewActions = ({
  cycle,
  measure,
  done,
}: {
  readonly cycle: Versioned & { readonly id: string };
  readonly measure: { readonly id: string; readonly title: string };
  readonly done: (message: string) => void;
}) => {
  const m = useMessages(statusReportMessages);
  // Both decide on the same cycle, for the same measure, and ask the same decision fields.
  const review = {
    small: true,
    target: { id: cycle.id, version: cycle.version, reload: cycle.reload },
    input: { measureId: measure.id },
    formFields: DECISION_FIELDS,
  };
  return (
    <span className="row">
      <TransitionDialog
        {...review}
        label={m.accept}
        accessibleLabel={m.acceptNamed(measure.title)}
        variant="primary"
        mutation={AcceptStatusReport}
        intro={m.acceptText(measure.title)}
        reason="optional"
        onDone={() => done(m.doneAccept)}
      />
      <TransitionDialog
        {...review}
        label={m.return}
        accessibleLabel={m.returnNamed(measure.title)}
        mutation={ReturnStatusReport}
        intro={m.returnText(measure.title)}
        reason="required"
        onDone={() => done(m.doneReturn)}
      />
    </span>
  );
};
