export {
  createFeedFollower,
  type FeedFollower,
  type FeedFollowerOptions,
  type SubscribeOptions,
} from './feed-follower.js';
export {
  acceptsFor,
  inActionFieldSql,
  inProcessOrAll,
  inProcessSql,
  type LiveFilter,
  type LiveScope,
  liveScopeOf,
  type ProcessMembership,
  processIdOfField,
  processMembership,
} from './filter.js';
export type { LiveEvent, LiveItem } from './live-events.js';
export {
  isStreamEnd,
  type LiveMessage,
  type StreamEnd,
  type StreamEndReason,
} from './stream-end.js';
export { DEFAULT_SUBSCRIPTIONS, type SubscriptionSettings } from './subscription-settings.js';
