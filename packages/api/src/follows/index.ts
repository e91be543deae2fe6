export { createFollows, FollowRateLimited, type Follows, type FollowTarget } from './follows.js';
export { deleteFollowersOf, type Follow, type Follower, type FollowMode } from './store.js';
export { unsubscribeRoutes } from './unsubscribe-route.js';
export {
  createNotificationWorker,
  type NotificationPass,
  type NotificationWorker,
  type VisibilityReader,
} from './worker.js';
