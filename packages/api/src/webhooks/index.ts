export { countAttempts, type DeliveryAttempt, listAttempts } from './deliveries.js';
export { type UrlProblem, urlProblemOf } from './destination.js';
export {
  countEndpointsOf,
  createEndpoint,
  deleteEndpoint,
  findEndpoint,
  headPosition,
  listEndpoints,
  replayFrom,
  rotateSecret,
  updateEndpoint,
  type WebhookEndpoint,
} from './endpoints.js';
export type { FeedEntry, FeedPage, FeedReader } from './feed.js';
export { newSecret } from './secret.js';
export { DEFAULT_WEBHOOKS, type WebhookSettings } from './settings.js';
export { createWebhookWorker, type WebhookWorker } from './worker.js';
