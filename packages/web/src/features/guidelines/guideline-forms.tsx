import { ActionTransitionForm } from '../../commands/action-transition-form.js';
import type { ActionFormProps } from '../../commands/item-action.js';
import { useMessages } from '../../i18n/i18n.js';
import type { ActionFieldRef } from '../../shared/action-fields.js';
import { ContentReviseForm } from '../../shared/content/content-revise-form.js';
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

export const ReviseGuidelineForm = (props: Props) => {
  const m = useMessages(guidelineMessages);
  return (
    <ContentReviseForm
      {...props}
      mutation={ReviseGuideline}
      versionOf={(result) => result.reviseGuideline.version}
      labels={{ title: m.title, body: m.body, actionFields: m.actionFields }}
      intro={m.reviseIntro}
    />
  );
};

export const PublishGuidelineForm = (props: Props) => {
  const m = useMessages(guidelineMessages);
  return (
    <ActionTransitionForm
      {...props}
      mutation={PublishGuideline}
      versionOf={(result) => result.publishGuideline.version}
      intro={m.publishIntro(props.target.publishedVersion + 1)}
      submitLabel={m.publish}
      reason="optional"
    />
  );
};

/** Retiring needs a reason (guideline/decide.ts). */
export const RetireGuidelineForm = (props: Props) => {
  const m = useMessages(guidelineMessages);
  return (
    <ActionTransitionForm
      {...props}
      mutation={RetireGuideline}
      versionOf={(result) => result.retireGuideline.version}
      intro={m.retireIntro}
      submitLabel={m.retire}
      reason="required"
      danger
    />
  );
};
