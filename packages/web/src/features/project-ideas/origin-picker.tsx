import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { TransitionForm } from '../../commands/transition-form.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { useDebounced } from '../../ui/use-debounced.js';
import { projectIdeaMessages } from './messages.js';
import type { ProjectIdeaData } from './project-idea-query.js';

/** Without a search: the first candidates of the chosen kind, by title. */
const OriginCandidates = graphql(`
  query OriginCandidates($suggestions: Boolean!) {
    suggestions(first: 30, statuses: [captured, taken_up]) @include(if: $suggestions) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
    recommendations(first: 30) @skip(if: $suggestions) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
`);

/** With a search: the app's one search (word parts of compounds too), best match first. */
const OriginSearch = graphql(`
  query OriginSearch($query: String!, $kinds: [ItemKind!]!) {
    search(query: $query, first: 30, kinds: $kinds) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
`);

const LinkOrigin = graphql(`
  mutation LinkOrigin($input: LinkOriginInput!) {
    linkOrigin(input: $input) {
      projectIdea {
        id
        version
      }
    }
  }
`);

type OriginKind = 'Suggestion' | 'Recommendation';

/**
 * Links an origin: search the suggestions (a declined one cannot be taken up) or the
 * recommendations, pick one. The candidates are only asked for once the dialog is open.
 */
export const OriginPicker = ({
  idea,
  onDone,
  onReload,
}: {
  readonly idea: ProjectIdeaData;
  readonly onDone: () => void;
  readonly onReload: () => void;
}) => {
  const m = useMessages(projectIdeaMessages);
  const legendId = useId();
  const [kind, setKind] = useState<OriginKind>('Suggestion');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState('');
  const [pickMissing, setPickMissing] = useState(false);
  const settledSearch = useDebounced(search.trim());
  const [browsed] = useQuery({
    query: OriginCandidates,
    variables: { suggestions: kind === 'Suggestion' },
    pause: settledSearch !== '',
  });
  const [found] = useQuery({
    query: OriginSearch,
    variables: {
      query: settledSearch,
      kinds: [kind === 'Suggestion' ? 'SUGGESTION' : 'RECOMMENDATION'],
    },
    pause: settledSearch === '',
  });
  const result = settledSearch === '' ? browsed : found;
  const linked = new Set(idea.originatesFrom.map((origin) => origin.id));
  const connection =
    settledSearch !== ''
      ? found.data?.search
      : kind === 'Suggestion'
        ? browsed.data?.suggestions
        : browsed.data?.recommendations;
  // A declined suggestion cannot be taken up: the search finds it, the picker leaves it out.
  const candidates = (connection?.edges ?? [])
    .map((edge) => edge.node)
    .filter((candidate) => !linked.has(candidate.id) && candidate.status !== 'declined');
  return (
    <TransitionForm
      mutation={LinkOrigin}
      target={{ id: idea.id, version: idea.version, reload: onReload }}
      input={() => {
        setPickMissing(picked === '');
        return picked === '' ? null : { origin: picked };
      }}
      formFields={['origin', 'reason']}
      onDone={onDone}
      onCancel={onDone}
      submitLabel={m.link}
      reason="optional"
    >
      {(state) => (
        <>
          <SelectField
            label={m.originKind}
            value={kind}
            options={[
              { value: 'Suggestion', label: m.kindSuggestion },
              { value: 'Recommendation', label: m.kindRecommendation },
            ]}
            onChange={(value) => {
              setKind(value === 'Recommendation' ? 'Recommendation' : 'Suggestion');
              setPicked('');
            }}
          />
          <TextField label={m.searchOrigin} type="search" value={search} onChange={setSearch} />
          <fieldset
            className={pickMissing || state.errorFor('origin') ? 'field field--invalid' : 'field'}
            aria-describedby={pickMissing ? `${legendId}-error` : undefined}
          >
            <legend id={legendId}>{m.candidates}</legend>
            {result.error ? <QueryError error={result.error} /> : null}
            {!result.data && !result.error ? <Loading /> : null}
            {result.data && candidates.length === 0 ? <Empty>{m.noCandidates}</Empty> : null}
            <div className="origin-candidates">
              {candidates.map((candidate) => (
                <label key={candidate.id} className="checkbox">
                  <input
                    type="radio"
                    name="origin"
                    value={candidate.id}
                    checked={picked === candidate.id}
                    onChange={() => setPicked(candidate.id)}
                  />
                  <span>
                    {candidate.title} <StatusBadge kind={kind} status={candidate.status} />
                  </span>
                </label>
              ))}
            </div>
            {pickMissing || state.errorFor('origin') ? (
              <p className="field__error" id={`${legendId}-error`}>
                {pickMissing ? m.pickMissing : state.errorFor('origin')}
              </p>
            ) : null}
          </fieldset>
        </>
      )}
    </TransitionForm>
  );
};
