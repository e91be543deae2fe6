export type { RecommendationDraftedDataV1 } from './recommendation-drafted.js';
export { CURRENT_SCHEMA_VERSIONS, UPCASTERS, upcast } from './registry.js';
export type { EventSchema, StoredEvent, Upcast, UpcastRegistry, UpcastStep } from './upcaster.js';
export { createUpcaster } from './upcaster.js';
