export {
  createFeedFollower,
  type FeedFollower,
  type FeedFollowerOptions,
} from './feed-follower.js';
export { acceptsFor, inActionFieldSql, type LiveFilter } from './filter.js';
export type { LiveEvent, LiveItem } from './live-events.js';
