import { useState } from 'react';
import { useQuery } from 'urql';
import { decisionInput, useDecision } from '../../commands/decision-fields.js';
import { graphql } from '../../graphql/graphql.js';
import { useMessages } from '../../i18n/i18n.js';
import { actionMessages } from './action-messages.js';
import { CommandForm } from './command-form.js';
import type { ActionFormProps, ActionTarget } from './form-types.js';
import {
  AssignToGuideline,
  LinkSuggestion,
  MergeRecommendation,
  UnassignFromGuideline,
  UnlinkSuggestion,
} from './mutations.js';
import { SearchPicker } from './picker.js';
import { useDebounced } from './use-debounced.js';
import { useItemCommand } from './use-item-command.js';

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

export const MergeForm = ({ target, onDone, onCancel }: ActionFormProps) => {
  const m = useMessages(actionMessages);
  const [search, setSearch] = useState('');
  const [targetId, setTargetId] = useState('');
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(
    MergeRecommendation,
    ['targetRecommendationId', 'reason'],
    target,
  );
  const settledSearch = useDebounced(search.trim());
  const [{ data, fetching, error }] = useQuery({
    query: MergeTargets,
    variables: { search: settledSearch || null },
  });
  const options = (data?.recommendations.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => node.id !== target.id)
    .map((node) => ({ value: node.id, label: `${node.title} (${node.statusLabel})` }));
  const submit = async () => {
    const result = await run({
      input: {
        id: target.id,
        expectedVersion,
        targetRecommendationId: targetId,
        ...decisionInput(decision),
      },
    });
    if (result) onDone(result.mergeRecommendation.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={m.merge}
      danger
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired={false}
      intro={<p>{m.mergeIntro}</p>}
    >
      <SearchPicker
        search={{ label: m.findRecommendation, value: search, onChange: setSearch }}
        label={m.target}
        value={targetId}
        onChange={setTargetId}
        options={options}
        fetching={fetching}
        error={error}
        fieldError={state.errorFor('targetRecommendationId')}
      />
    </CommandForm>
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

export const LinkSuggestionForm = ({
  target,
  onDone,
  onCancel,
}: ActionFormProps<ActionTarget & { readonly linkedIds: readonly string[] }>) => {
  const m = useMessages(actionMessages);
  const [search, setSearch] = useState('');
  const [suggestionId, setSuggestionId] = useState('');
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(
    LinkSuggestion,
    ['suggestionId', 'reason'],
    target,
  );
  const settledSearch = useDebounced(search.trim());
  const [{ data, fetching, error }] = useQuery({
    query: LinkableSuggestions,
    variables: { search: settledSearch || null },
  });
  const options = (data?.suggestions.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => !target.linkedIds.includes(node.id))
    .map((node) => ({ value: node.id, label: `${node.title} (${node.statusLabel})` }));
  const submit = async () => {
    const result = await run({
      input: { id: target.id, expectedVersion, suggestionId, ...decisionInput(decision) },
    });
    if (result) onDone(result.linkSuggestion.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={m.linkSuggestion}
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired={false}
      intro={<p>{m.linkIntro}</p>}
    >
      <SearchPicker
        search={{ label: m.findSuggestion, value: search, onChange: setSearch }}
        label={m.suggestion}
        value={suggestionId}
        onChange={setSuggestionId}
        options={options}
        fetching={fetching}
        error={error}
        fieldError={state.errorFor('suggestionId')}
      />
    </CommandForm>
  );
};

/** The suggestion or guideline a removal is about. */
export interface Related {
  readonly id: string;
  readonly title: string;
}

/** Removing a suggestion from the basis needs a reason (decide-links.ts). */
export const UnlinkSuggestionForm = ({
  target,
  related,
  onDone,
  onCancel,
}: ActionFormProps & { readonly related: Related }) => {
  const m = useMessages(actionMessages);
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(
    UnlinkSuggestion,
    ['reason'],
    target,
  );
  const submit = async () => {
    const result = await run({
      input: {
        id: target.id,
        expectedVersion,
        suggestionId: related.id,
        ...decisionInput(decision),
      },
    });
    if (result) onDone(result.unlinkSuggestion.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={m.unlinkSuggestion}
      danger
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired
      intro={<p>{m.unlinkIntro(related.title)}</p>}
    />
  );
};

// Retired guidelines take no new recommendations.
const AssignableGuidelines = graphql(`
  query AssignableGuidelines {
    guidelines(status: ["draft", "published"], first: 100) {
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

export const AssignGuidelineForm = ({
  target,
  onDone,
  onCancel,
}: ActionFormProps<ActionTarget & { readonly assignedIds: readonly string[] }>) => {
  const m = useMessages(actionMessages);
  const [guidelineId, setGuidelineId] = useState('');
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(
    AssignToGuideline,
    ['guidelineId', 'reason'],
    target,
  );
  const [{ data, fetching, error }] = useQuery({ query: AssignableGuidelines });
  const options = (data?.guidelines.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => !target.assignedIds.includes(node.id))
    .map((node) => ({ value: node.id, label: `${node.title} (${node.statusLabel})` }));
  const submit = async () => {
    const result = await run({
      input: { id: target.id, expectedVersion, guidelineId, ...decisionInput(decision) },
    });
    if (result) onDone(result.assignToGuideline.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={m.assignGuideline}
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired={false}
    >
      <SearchPicker
        label={m.guideline}
        value={guidelineId}
        onChange={setGuidelineId}
        options={options}
        fetching={fetching}
        error={error}
        fieldError={state.errorFor('guidelineId')}
      />
    </CommandForm>
  );
};

/** Taking a recommendation out of a guideline needs a reason (decide-links.ts). */
export const UnassignGuidelineForm = ({
  target,
  related,
  onDone,
  onCancel,
}: ActionFormProps & { readonly related: Related }) => {
  const m = useMessages(actionMessages);
  const [decision, setDecision] = useDecision();
  const [state, run, expectedVersion, reload] = useItemCommand(
    UnassignFromGuideline,
    ['reason'],
    target,
  );
  const submit = async () => {
    const result = await run({
      input: {
        id: target.id,
        expectedVersion,
        guidelineId: related.id,
        ...decisionInput(decision),
      },
    });
    if (result) onDone(result.unassignFromGuideline.version);
  };
  return (
    <CommandForm
      state={state}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      onReload={reload}
      submitLabel={m.unassignGuideline}
      danger
      decision={decision}
      onDecisionChange={setDecision}
      reasonRequired
      intro={<p>{m.unassignIntro(related.title)}</p>}
    />
  );
};
