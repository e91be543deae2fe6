import { useFormat, useMessages } from '../../i18n/i18n.js';
import { ActionFieldNames, type ActionFieldRef } from '../../shared/action-fields.js';
import { type RelatedItem, RelatedList } from '../../shared/related-list.js';
import { Fact } from '../../ui/fact.js';
import { Section } from '../../ui/page.js';
import { type GuidelineText, textView } from './guideline-view.js';
import { guidelineMessages } from './messages.js';

interface Guideline extends GuidelineText {
  readonly status: string;
  readonly reason?: string | null;
  readonly retiredAt?: string | null;
  readonly actionFields: readonly ActionFieldRef[];
  readonly recommendations: readonly RelatedItem[];
}

/** The texts (published version vs. the draft ahead of it), facts, assigned recommendations. */
export const GuidelineSections = ({ guideline }: { guideline: Guideline }) => {
  const m = useMessages(guidelineMessages);
  const format = useFormat();
  const view = textView(guideline);
  return (
    <>
      {view.kind === 'draftAhead' && guideline.published ? (
        <>
          <Section title={m.draftText} id="draft">
            {guideline.status === 'draft' ? (
              <p className="notice notice--warning">{m.draftAheadNote(view.version)}</p>
            ) : null}
            <h3>{guideline.title}</h3>
            <p className="prose">{guideline.body}</p>
          </Section>
          <Section title={m.publishedText(view.version)} id="published">
            <h3>{guideline.published.title}</h3>
            <p className="prose">{guideline.published.body}</p>
          </Section>
        </>
      ) : (
        <Section title={view.version === null ? m.text : m.textOfVersion(view.version)} id="text">
          <p className="prose">{guideline.body}</p>
        </Section>
      )}
      <Section title={m.details} id="details">
        <dl className="facts">
          <Fact term={m.actionFields}>
            {guideline.actionFields.length > 0 ? (
              <ActionFieldNames fields={guideline.actionFields} />
            ) : (
              m.noActionFields
            )}
          </Fact>
          {guideline.retiredAt ? (
            <Fact term={m.retiredAt}>{format.date(guideline.retiredAt)}</Fact>
          ) : null}
          {guideline.reason ? <Fact term={m.reason}>{guideline.reason}</Fact> : null}
        </dl>
      </Section>
      <Section title={m.recommendations} id="recommendations">
        <RelatedList
          kind="Recommendation"
          items={guideline.recommendations}
          empty={m.noRecommendations}
        />
      </Section>
    </>
  );
};
