import type { TadaDocumentNode } from 'gql.tada';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useProcessSlug } from '../../app/process.js';
import {
  ActionTransitionForm,
  type ActionTransitionFormProps,
} from '../../commands/action-transition-form.js';
import type { ActionFormProps, ActionTarget } from '../../commands/item-action.js';
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
import { type Candidates, SearchPicker } from './picker.js';

type CandidateEdges = readonly {
  readonly node: { readonly id: string; readonly title: string; readonly statusLabel: string };
}[];

/** The candidates to pick from, but those excluded; the status tells alike titles apart. */
const optionsOf = (edges: CandidateEdges | undefined, excluded: (id: string) => boolean) =>
  (edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => !excluded(node.id))
    .map((node) => ({ value: node.id, label: `${node.title} (${node.statusLabel})` }));

/** Candidates found by a search field's text, asked for once the typing has settled. */
const useSearchedCandidates = <Data,>(
  query: TadaDocumentNode<Data, { search: string | null }>,
  edgesOf: (data: Data) => CandidateEdges,
  excluded: (id: string) => boolean,
  searchLabel: string,
): Omit<Candidates, 'label'> => {
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search.trim());
  const [{ data, fetching, error }] = useQuery({
    query,
    variables: { search: settledSearch || null },
  });
  return {
    search: { label: searchLabel, value: search, onChange: setSearch },
    options: optionsOf(data && edgesOf(data), excluded),
    fetching,
    error,
  };
};

/** Relating to one item picked among candidates; `field` is the input that names it. */
const PickForm = <Result, Extra extends object>({
  field,
  input,
  candidates,
  ...props
}: Omit<
  ActionTransitionFormProps<Result, Extra>,
  'input' | 'formFields' | 'reason' | 'children'
> & {
  readonly field: string;
  /** The input naming the picked item; give its parameter a type, so `Extra` is inferred. */
  readonly input: (picked: string) => Extra;
  readonly candidates: Candidates;
}) => {
  const [picked, setPicked] = useState('');
  return (
    <ActionTransitionForm
      {...props}
      input={input(picked)}
      formFields={[field, 'reason']}
      reason="optional"
    >
      {(state) => (
        <SearchPicker
          {...candidates}
          value={picked}
          onChange={setPicked}
          fieldError={state.errorFor(field)}
        />
      )}
    </ActionTransitionForm>
  );
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
  const candidates = useSearchedCandidates(
    MergeTargets,
    (data) => data.recommendations.edges,
    (id) => id === props.target.id,
    m.findRecommendation,
  );
  return (
    <PickForm
      {...props}
      mutation={MergeRecommendation}
      field="targetRecommendationId"
      input={(targetRecommendationId: string) => ({ targetRecommendationId })}
      candidates={{ label: m.target, ...candidates }}
      versionOf={(done) => done.mergeRecommendation.version}
      submitLabel={m.merge}
      danger
      intro={m.mergeIntro}
    />
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
  const candidates = useSearchedCandidates(
    LinkableSuggestions,
    (data) => data.suggestions.edges,
    (id) => props.target.linkedIds.includes(id),
    m.findSuggestion,
  );
  return (
    <PickForm
      {...props}
      mutation={LinkSuggestion}
      field="suggestionId"
      input={(suggestionId: string) => ({ suggestionId })}
      candidates={{ label: m.suggestion, ...candidates }}
      versionOf={(done) => done.linkSuggestion.version}
      submitLabel={m.linkSuggestion}
      intro={m.linkIntro}
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
  // Few enough to list them all: no search.
  const [{ data, fetching, error }] = useQuery({
    query: AssignableGuidelines,
    variables: { process: useProcessSlug() },
  });
  const excluded = (id: string) => props.target.assignedIds.includes(id);
  return (
    <PickForm
      {...props}
      mutation={AssignToGuideline}
      field="guidelineId"
      input={(guidelineId: string) => ({ guidelineId })}
      candidates={{
        label: m.guideline,
        options: optionsOf(data?.guidelines.edges, excluded),
        fetching,
        error,
      }}
      versionOf={(done) => done.assignToGuideline.version}
      submitLabel={m.assignGuideline}
    />
  );
};

/** The suggestion or guideline a removal is about. */
export interface Related {
  readonly id: string;
  readonly title: string;
}

type RemovalProps = ActionFormProps & { readonly related: Related };

/** Removing a suggestion from the basis needs a reason (decide-links.ts). */
export const UnlinkSuggestionForm = ({ related, ...props }: RemovalProps) => {
  const m = useMessages(actionMessages);
  return (
    <ActionTransitionForm
      {...props}
      mutation={UnlinkSuggestion}
      input={{ suggestionId: related.id }}
      versionOf={(done) => done.unlinkSuggestion.version}
      submitLabel={m.unlinkSuggestion}
      danger
      reason="required"
      intro={m.unlinkIntro(related.title)}
    />
  );
};

/** Taking a recommendation out of a guideline needs a reason (decide-links.ts). */
export const UnassignGuidelineForm = ({ related, ...props }: RemovalProps) => {
  const m = useMessages(actionMessages);
  return (
    <ActionTransitionForm
      {...props}
      mutation={UnassignFromGuideline}
      input={{ guidelineId: related.id }}
      versionOf={(done) => done.unassignFromGuideline.version}
      submitLabel={m.unassignGuideline}
      danger
      reason="required"
      intro={m.unassignIntro(related.title)}
    />
  );
};
