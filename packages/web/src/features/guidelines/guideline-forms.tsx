import { decisionInput, useDecision } from '../../commands/decision-fields.js';
import { useMessages } from '../../i18n/i18n.js';
import { uiMessages } from '../../ui/messages.js';
import type { ActionFieldRef } from '../recommendations/action-fields.js';
import { CommandForm } from '../recommendations/command-form.js';
import { ContentFields } from '../recommendations/content-fields.js';
import type { ActionFormProps } from '../recommendations/form-types.js';
import { revisedFields } from '../recommendations/revised-fields.js';
import { StatusChangeForm } from '../recommendations/status-change-form.js';
import { useContentForm } from '../recommendations/use-content-form.js';
import { useItemCommand } from '../recommendations/use-item-command.js';
import { guidelineMessages } from './messages.js';
import { PublishGuideline, RetireGuideline, ReviseGuideline } from './mutations.js';

export interface GuidelineTarget {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly version: number;
  readonly reload: () => void;
  readonly actionFields: readonly ActionFieldRef[];
  readonly publishedVersion: number;
}

type Props = ActionFormProps<GuidelineTarget>;

export const ReviseGuidelineForm = ({ target, onDone, onCancel }: Props) => {
  const m = useMessages(guidelineMessages);
  const ui = useMessages(uiMessages);
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(
    ReviseGuideline,
    ['title', 'body', 'actionFieldIds', 'reason'],
    target,
  );
  // Only fields changed against what the form started from are sent.
  const { initial, content, setContent } = useContentForm(target, expectedVersion);
  const submit = async () => {
    const result = await run({
      input: {
        id: target.id,
        expectedVersion,
        ...revisedFields(initial, content),
        ...decisionInput(decision),
      },
    });
    if (result) onDone(result.reviseGuideline.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={ui.save}
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired={false}
      intro={<p>{m.reviseIntro}</p>}
    >
      <ContentFields
        labels={{ title: m.title, body: m.body, actionFields: m.actionFields }}
        value={content}
        onChange={setContent}
        state={state}
        current={target.actionFields}
      />
    </CommandForm>
  );
};

export const PublishGuidelineForm = (props: Props) => {
  const m = useMessages(guidelineMessages);
  return (
    <StatusChangeForm
      {...props}
      document={PublishGuideline}
      versionOf={(result) => result.publishGuideline.version}
      intro={m.publishIntro(props.target.publishedVersion + 1)}
      submitLabel={m.publish}
      reasonRequired={false}
    />
  );
};

/** Retiring needs a reason (guideline/decide.ts). */
export const RetireGuidelineForm = (props: Props) => {
  const m = useMessages(guidelineMessages);
  return (
    <StatusChangeForm
      {...props}
      document={RetireGuideline}
      versionOf={(result) => result.retireGuideline.version}
      intro={m.retireIntro}
      submitLabel={m.retire}
      reasonRequired
      danger
    />
  );
};
