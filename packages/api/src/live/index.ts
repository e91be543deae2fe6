export {
  createFeedFollower,
  type FeedFollower,
  type FeedFollowerOptions,
} from './feed-follower.js';
export { acceptsFor, type LiveFilter } from './filter.js';
export type { LiveEvent, LiveItem } from './live-events.js';
