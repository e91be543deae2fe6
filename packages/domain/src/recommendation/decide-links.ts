import type {
  Command,
  CommandMetadata,
  DomainError,
  EventBody,
  LocalizedMessage,
} from '../shared/index.js';
import { badInput, checkId, checkReason, conflict, oneEvent } from '../shared/index.js';
import type { RecommendationEvent } from './events.js';
import type { ExistingRecommendation } from './state.js';

type Decision = readonly RecommendationEvent[] | DomainError;
type Body = EventBody<RecommendationEvent>;

/** A link's data: the recommendation and the linked item's id under the kind's `field`. */
type LinkData<K extends string> = { readonly recommendationId: string } & {
  readonly [P in K]: string;
};

/** What one kind of link differs in; linking and unlinking follow the same recipe for each. */
interface LinkKind<K extends string> {
  readonly field: K;
  readonly dataOf: (recommendationId: string, id: string) => LinkData<K>;
  readonly linkedIn: (state: ExistingRecommendation) => readonly string[];
  /** The conflict (already linked) or the bad input (not linked) in one sentence. */
  readonly says: (id: string, linked: boolean) => LocalizedMessage;
  readonly linked: (data: LinkData<K>) => Body;
  readonly unlinked: (data: LinkData<K>) => Body;
}

/** A new link names a valid id not linked yet. */
const checkNew = <K extends string>(
  kind: LinkKind<K>,
  id: string,
  state: ExistingRecommendation,
) => {
  const { de, en } = kind.says(id, true);
  return (
    checkId(kind.field, id) ??
    (kind.linkedIn(state).includes(id) ? conflict(kind.field, de, en) : undefined)
  );
};

/** Undoing a link needs the link and a reason. */
const checkLinked = <K extends string>(
  kind: LinkKind<K>,
  id: string,
  state: ExistingRecommendation,
  metadata: CommandMetadata,
) => {
  const { de, en } = kind.says(id, false);
  return kind.linkedIn(state).includes(id) ? checkReason(metadata) : badInput(kind.field, de, en);
};

/** The one recipe for both ways: check, then record the link's data under the way's event. */
const decideLink =
  <K extends string>(kind: LinkKind<K>, way: 'linked' | 'unlinked') =>
  (command: Command<string, LinkData<K>>, state: ExistingRecommendation): Decision => {
    const id = command.data[kind.field];
    const invalid =
      way === 'linked' ? checkNew(kind, id, state) : checkLinked(kind, id, state, command.metadata);
    const data = kind.dataOf(state.recommendationId, id);
    return invalid ?? oneEvent<RecommendationEvent>(command.metadata, kind[way](data));
  };

/** Suggestions shape a recommendation while it is open; after that its provenance is settled. */
const SUGGESTION: LinkKind<'suggestionId'> = {
  field: 'suggestionId',
  dataOf: (recommendationId, suggestionId) => ({ recommendationId, suggestionId }),
  linkedIn: (state) => state.derivedFrom,
  says: (id, linked) => ({
    de: `Der Vorschlag „${id}“ ist ${linked ? 'schon' : 'nicht'} verknüpft.`,
    en: `Suggestion "${id}" is ${linked ? 'already' : 'not'} linked.`,
  }),
  linked: (data) => ({ type: 'SuggestionLinkedToRecommendation', schemaVersion: 1, data }),
  unlinked: (data) => ({ type: 'SuggestionUnlinkedFromRecommendation', schemaVersion: 1, data }),
};

const GUIDELINE: LinkKind<'guidelineId'> = {
  field: 'guidelineId',
  dataOf: (recommendationId, guidelineId) => ({ recommendationId, guidelineId }),
  linkedIn: (state) => state.guidelineIds,
  says: (id, linked) => ({
    de: `Die Handlungsempfehlung ist der Leitlinie „${id}“ ${linked ? 'schon' : 'nicht'} zugeordnet.`,
    en: `The recommendation is ${linked ? 'already' : 'not'} assigned to guideline "${id}".`,
  }),
  linked: (data) => ({ type: 'RecommendationAssignedToGuideline', schemaVersion: 1, data }),
  unlinked: (data) => ({ type: 'RecommendationUnassignedFromGuideline', schemaVersion: 1, data }),
};

export const link = decideLink(SUGGESTION, 'linked');
export const unlink = decideLink(SUGGESTION, 'unlinked');
export const assign = decideLink(GUIDELINE, 'linked');
export const unassign = decideLink(GUIDELINE, 'unlinked');
