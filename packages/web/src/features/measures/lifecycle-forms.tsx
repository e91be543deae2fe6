import type { TadaDocumentNode } from 'gql.tada';
import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { type ItemCommandInput, TransitionDialog } from '../../commands/transition-form.js';
import { useMessages } from '../../i18n/i18n.js';
import type { MeasureDetail } from './measure-query.js';
import { measureMessages } from './messages.js';
import {
  ConfirmMeasureCompletion,
  RequestMeasureCompletion,
  ReturnMeasureCompletion,
  StartMeasure,
  StopMeasure,
} from './mutations.js';

/** What every form of a measure's page gets: the measure as loaded, and what to do after. */
export interface MeasureFormProps {
  readonly measure: MeasureDetail;
  /** Reloads the measure (after a conflict) without touching the form. */
  readonly reload: () => void;
  readonly close: () => void;
  /** Announces what happened, once the dialog is closed. */
  readonly done: (message: string) => void;
}

/**
 * What every measure form hands its TransitionForm: the measure as target, and on success
 * close the dialog before announcing (so the announcement is not lost with it).
 */
export const measureFormWiring = (
  { measure, reload, close, done }: MeasureFormProps,
  doneMessage: string,
) => ({
  target: { id: measure.id, version: measure.version, reload },
  onDone: () => {
    close();
    done(doneMessage);
  },
  onCancel: close,
});

export type MeasureTransition =
  | 'start'
  | 'requestCompletion'
  | 'confirmCompletion'
  | 'returnCompletion'
  | 'stop';

const MUTATIONS: Record<
  MeasureTransition,
  TadaDocumentNode<unknown, { input: ItemCommandInput }>
> = {
  start: StartMeasure,
  requestCompletion: RequestMeasureCompletion,
  confirmCompletion: ConfirmMeasureCompletion,
  returnCompletion: ReturnMeasureCompletion,
  stop: StopMeasure,
};

/**
 * The button and dialog to start, ask for completion, confirm or return it, or stop: nothing
 * but a decision. Completion is the team's request on evidence and the ministry's confirmation
 * (evidence before done); stopping and returning a request need a reason.
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
    requestCompletion: {
      label: m.requestCompletion,
      intro: m.requestCompletionText,
      done: m.doneRequestCompletion,
      variant: 'default',
    },
    confirmCompletion: {
      label: m.confirmCompletion,
      intro: m.confirmCompletionText,
      done: m.doneConfirmCompletion,
      variant: 'primary',
    },
    returnCompletion: {
      label: m.returnCompletion,
      intro: m.returnCompletionText,
      done: m.doneReturnCompletion,
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
      reason={transition === 'stop' || transition === 'returnCompletion' ? 'required' : 'optional'}
      evidence={transition === 'requestCompletion' ? 'required' : 'optional'}
    />
  );
};
