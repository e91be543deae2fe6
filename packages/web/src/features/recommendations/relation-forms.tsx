import type { TadaDocumentNode } from 'gql.tada';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useProcessSlug } from '../../app/process.js';
import type { ActionFormProps, ActionTarget } from '../../commands/item-action.js';
import { TransitionForm } from '../../commands/transition-form.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { useDebounced } from '../../ui/use-debounced.js';
import { actionMessages } from './action-messages.js';
import {
  AssignToGuideline,
  LinkSuggestion,
  MergeRecommendation,
  UnassignFromGuideline,
  UnlinkSuggestion,
} from './mutations.js';
import { SearchPicker } from './picker.js';

interface Candidate {
  readonly id: string;
  readonly title: string;
  readonly statusLabel: string;
}

/** The candidates to pick from, but those excluded; the status tells alike titles apart. */
const optionsOf = (
  edges: readonly { readonly node: Candidate }[] | undefined,
  excluded: (id: string) => boolean,
) =>
  (edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => !excluded(node.id))
    .map((node) => ({ value: node.id, label: `${node.title} (${node.statusLabel})` }));

/** A search field's text, and the query's result for it once the typing has settled. */
const useSearch = <Data,>(query: TadaDocumentNode<Data, { search: string | null }>) => {
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search.trim());
  const [result] = useQuery({ query, variables: { search: settledSearch || null } });
  return { search, setSearch, result };
};

const MergeTargets = graphql(`
  query MergeTargets($search: String) {
    recommendations(status: ["draft", "in_review", "prioritised"], search: $search, first: 100) {
      edges {
        node {
          id
          title
          statusLabel
        }
      }
    }
  }
`);

export const MergeForm = (props: ActionFormProps) => {
  const m = useMessages(actionMessages);
  const { search, setSearch, result } = useSearch(MergeTargets);
  const [targetId, setTargetId] = useState('');
  const { data, fetching, error } = result;
  return (
    <TransitionForm
      {...props}
      mutation={MergeRecommendation}
      input={{ targetRecommendationId: targetId }}
      formFields={['targetRecommendationId', 'reason']}
      onDone={(done) => props.onDone(done.mergeRecommendation.version)}
      pinVersion
      browserValidation
      submitLabel={m.merge}
      danger
      reason="optional"
      intro={m.mergeIntro}
    >
      {(state) => (
        <SearchPicker
          search={{ label: m.findRecommendation, value: search, onChange: setSearch }}
          label={m.target}
          value={targetId}
          onChange={setTargetId}
          options={optionsOf(data?.recommendations.edges, (id) => id === props.target.id)}
          fetching={fetching}
          error={error}
          fieldError={state.errorFor('targetRecommendationId')}
        />
      )}
    </TransitionForm>
  );
};

// Only suggestions that can still be taken up: a declined one must be reopened first.
const LinkableSuggestions = graphql(`
  query LinkableSuggestions($search: String) {
    suggestions(status: ["captured", "taken_up"], search: $search, first: 100) {
      edges {
        node {
          id
          title
          statusLabel
        }
      }
    }
  }
`);

export const LinkSuggestionForm = (
  props: ActionFormProps<ActionTarget & { readonly linkedIds: readonly string[] }>,
) => {
  const m = useMessages(actionMessages);
  const { search, setSearch, result } = useSearch(LinkableSuggestions);
  const [suggestionId, setSuggestionId] = useState('');
  const { data, fetching, error } = result;
  return (
    <TransitionForm
      {...props}
      mutation={LinkSuggestion}
      input={{ suggestionId }}
      formFields={['suggestionId', 'reason']}
      onDone={(done) => props.onDone(done.linkSuggestion.version)}
      pinVersion
      browserValidation
      submitLabel={m.linkSuggestion}
      reason="optional"
      intro={m.linkIntro}
    >
      {(state) => (
        <SearchPicker
          search={{ label: m.findSuggestion, value: search, onChange: setSearch }}
          label={m.suggestion}
          value={suggestionId}
          onChange={setSuggestionId}
          options={optionsOf(data?.suggestions.edges, (id) => props.target.linkedIds.includes(id))}
          fetching={fetching}
          error={error}
          fieldError={state.errorFor('suggestionId')}
        />
      )}
    </TransitionForm>
  );
};

/** The suggestion or guideline a removal is about. */
export interface Related {
  readonly id: string;
  readonly title: string;
}

/** Removing a suggestion from the basis needs a reason (decide-links.ts). */
export const UnlinkSuggestionForm = ({
  related,
  ...props
}: ActionFormProps & { readonly related: Related }) => {
  const m = useMessages(actionMessages);
  return (
    <TransitionForm
      {...props}
      mutation={UnlinkSuggestion}
      input={{ suggestionId: related.id }}
      onDone={(done) => props.onDone(done.unlinkSuggestion.version)}
      pinVersion
      browserValidation
      submitLabel={m.unlinkSuggestion}
      danger
      reason="required"
      intro={m.unlinkIntro(related.title)}
    />
  );
};

// Retired guidelines take no new recommendations.
const AssignableGuidelines = graphql(`
  query AssignableGuidelines($process: String) {
    guidelines(process: $process, status: ["draft", "published"], first: 100) {
      edges {
        node {
          id
          title
          statusLabel
        }
      }
    }
  }
`);

export const AssignGuidelineForm = (
  props: ActionFormProps<ActionTarget & { readonly assignedIds: readonly string[] }>,
) => {
  const m = useMessages(actionMessages);
  const [guidelineId, setGuidelineId] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: AssignableGuidelines,
    variables: { process: useProcessSlug() },
  });
  return (
    <TransitionForm
      {...props}
      mutation={AssignToGuideline}
      input={{ guidelineId }}
      formFields={['guidelineId', 'reason']}
      onDone={(done) => props.onDone(done.assignToGuideline.version)}
      pinVersion
      browserValidation
      submitLabel={m.assignGuideline}
      reason="optional"
    >
      {(state) => (
        <SearchPicker
          label={m.guideline}
          value={guidelineId}
          onChange={setGuidelineId}
          options={optionsOf(data?.guidelines.edges, (id) => props.target.assignedIds.includes(id))}
          fetching={fetching}
          error={error}
          fieldError={state.errorFor('guidelineId')}
        />
      )}
    </TransitionForm>
  );
};

/** Taking a recommendation out of a guideline needs a reason (decide-links.ts). */
export const UnassignGuidelineForm = ({
  related,
  ...props
}: ActionFormProps & { readonly related: Related }) => {
  const m = useMessages(actionMessages);
  return (
    <TransitionForm
      {...props}
      mutation={UnassignFromGuideline}
      input={{ guidelineId: related.id }}
      onDone={(done) => props.onDone(done.unassignFromGuideline.version)}
      pinVersion
      browserValidation
      submitLabel={m.unassignGuideline}
      danger
      reason="required"
      intro={m.unassignIntro(related.title)}
    />
  );
};
