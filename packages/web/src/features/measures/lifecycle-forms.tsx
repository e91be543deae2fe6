import type { TadaDocumentNode } from 'gql.tada';
import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { type ItemCommandInput, TransitionDialog } from '../../commands/transition-form.js';
import { useMessages } from '../../i18n/i18n.js';
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

export type MeasureTransition = 'start' | 'complete' | 'stop';

const MUTATIONS: Record<
  MeasureTransition,
  TadaDocumentNode<unknown, { input: ItemCommandInput }>
> = {
  start: StartMeasure,
  complete: CompleteMeasure,
  stop: StopMeasure,
};

/**
 * The button and dialog to start, complete or stop: nothing but a decision. Stopping ends the
 * measure for good, so the domain asks for a reason.
 */
export const LifecycleDialog = ({
  transition,
  measure,
  reload,
  done,
}: Omit<MeasureFormProps, 'close'> & { readonly transition: MeasureTransition }) => {
  const m = useMessages(measureMessages);
  const texts = {
    start: { label: m.start, intro: m.startText, done: m.doneStart, variant: 'primary' },
    complete: {
      label: m.complete,
      intro: m.completeText,
      done: m.doneComplete,
      variant: 'default',
    },
    stop: { label: m.stop, intro: m.stopText, done: m.doneStop, variant: 'danger' },
  } as const;
  const { label, intro, variant } = texts[transition];
  return (
    <TransitionDialog
      label={label}
      variant={variant}
      mutation={MUTATIONS[transition]}
      target={{ id: measure.id, version: measure.version, reload: reload }}
      formFields={DECISION_FIELDS}
      onDone={() => done(texts[transition].done)}
      intro={intro}
      reason={transition === 'stop' ? 'required' : 'optional'}
    />
  );
};
