import { AGGREGATE_KINDS, type AggregateKind } from '@fahrplan/domain';

/** Every item lives in one stream: `<Kind>-<id>`, e.g. `Recommendation-0193…`. */
export const streamIdOf = (kind: AggregateKind, id: string): string => `${kind}-${id}`;

export const parseStreamId = (
  streamId: string,
): { kind: AggregateKind; id: string } | undefined => {
  const dash = streamId.indexOf('-');
  const kind = streamId.slice(0, dash);
  return dash > 0 && (AGGREGATE_KINDS as readonly string[]).includes(kind)
    ? { kind: kind as AggregateKind, id: streamId.slice(dash + 1) }
    : undefined;
};
