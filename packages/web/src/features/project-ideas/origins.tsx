import { KIND_LABELS } from '@fahrplan/domain';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { useLabel, useMessages } from '../../i18n/i18n.js';
import { EntryList, EntrySection, RemoveEntryDialog } from '../../shared/entry-section.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { projectIdeaMessages } from './messages.js';
import { OriginPicker } from './origin-picker.js';
import type { IdeaSectionProps } from './project-idea-query.js';

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

/** What the idea grew from: suggestions, recommendations, meetings; each a link to its page. */
export const Origins = ({ idea, editable, can, onReload }: IdeaSectionProps) => {
  const m = useMessages(projectIdeaMessages);
  const label = useLabel();
  const href = useHrefWithAsOf();
  const canUnlink = editable && can('unlinkOrigin');
  return (
    <EntrySection
      id="origins"
      title={m.origins}
      add={
        editable && can('linkOrigin')
          ? {
              label: m.linkOrigin,
              form: (close) => <OriginPicker idea={idea} onDone={close} onReload={onReload} />,
            }
          : null
      }
      empty={idea.originatesFrom.length === 0 ? m.noOrigins : null}
    >
      <EntryList entries={idea.originatesFrom} entryKey={(origin) => origin.id}>
        {(origin) => (
          <>
            <span className="meta">{label(KIND_LABELS[origin.__typename])}</span>
            <Link href={href(itemPath(origin.__typename, origin.id))}>{origin.title}</Link>
            <StatusBadge kind={origin.__typename} status={origin.status} />
            {canUnlink ? (
              <RemoveEntryDialog
                label={m.unlink}
                accessibleLabel={m.unlinkNamed(origin.title)}
                title={m.unlinkTitle(origin.title)}
                mutation={UnlinkOrigin}
                target={{ id: idea.id, version: idea.version, reload: onReload }}
                input={{ origin: origin.id }}
                formFields={['reason', 'origin']}
                intro={m.unlinkIntro}
              />
            ) : null}
          </>
        )}
      </EntryList>
    </EntrySection>
  );
};
