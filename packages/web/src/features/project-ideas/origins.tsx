import { KIND_LABELS } from '@fahrplan/domain';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useCommand } from '../../commands/use-command.js';
import { graphql } from '../../graphql/graphql.js';
import { useLabel, useMessages } from '../../i18n/i18n.js';
import { Empty } from '../../ui/feedback.js';
import { Section } from '../../ui/page.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { DecisionForm, DialogButton } from '../meetings/dialogs.js';
import { projectIdeaMessages } from './messages.js';
import { OriginPicker } from './origin-picker.js';
import type { Origin, ProjectIdeaData } from './project-idea-query.js';

const UnlinkOrigin = graphql(`
  mutation UnlinkOrigin($input: UnlinkOriginInput!) {
    unlinkOrigin(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

const UnlinkForm = ({
  idea,
  origin,
  onDone,
  onReload,
}: {
  readonly idea: ProjectIdeaData;
  readonly origin: Origin;
  readonly onDone: () => void;
  readonly onReload: () => void;
}) => {
  const m = useMessages(projectIdeaMessages);
  const [state, run] = useCommand(UnlinkOrigin, ['reason', 'origin']);
  return (
    <DecisionForm
      state={state}
      onReload={onReload}
      onDone={onDone}
      reasonRequired
      danger
      intro={m.unlinkIntro}
      submitLabel={m.unlink}
      confirm={(decision) =>
        run({
          input: { id: idea.id, expectedVersion: idea.version, origin: origin.id, ...decision },
        })
      }
    />
  );
};

/** What the idea grew from: suggestions, recommendations, meetings; each a link to its page. */
export const Origins = ({
  idea,
  editable,
  can,
  onReload,
}: {
  readonly idea: ProjectIdeaData;
  readonly editable: boolean;
  readonly can: (mutation: string) => boolean;
  readonly onReload: () => void;
}) => {
  const m = useMessages(projectIdeaMessages);
  const label = useLabel();
  const href = useHrefWithAsOf();
  const canUnlink = editable && can('unlinkOrigin');
  return (
    <Section
      id="origins"
      title={m.origins}
      actions={
        editable && can('linkOrigin') ? (
          <DialogButton label={m.linkOrigin} small>
            {(close) => <OriginPicker idea={idea} onDone={close} onReload={onReload} />}
          </DialogButton>
        ) : null
      }
    >
      {idea.originatesFrom.length === 0 ? (
        <Empty>{m.noOrigins}</Empty>
      ) : (
        <ul className="link-list">
          {idea.originatesFrom.map((origin) => (
            <li key={origin.id} className="row">
              <span className="meta">{label(KIND_LABELS[origin.__typename])}</span>
              <Link href={href(itemPath(origin.__typename, origin.id))}>{origin.title}</Link>
              <StatusBadge kind={origin.__typename} status={origin.status} />
              {canUnlink ? (
                <DialogButton
                  label={m.unlink}
                  accessibleLabel={m.unlinkNamed(origin.title)}
                  title={m.unlinkTitle(origin.title)}
                  variant="danger"
                  small
                >
                  {(close) => (
                    <UnlinkForm idea={idea} origin={origin} onDone={close} onReload={onReload} />
                  )}
                </DialogButton>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};
