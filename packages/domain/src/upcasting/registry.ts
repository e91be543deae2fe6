import type { RecommendationDrafted } from '../recommendation/events.js';
import { recommendationDraftedV1toV2 } from './recommendation-drafted.js';
import type { UpcastRegistry } from './upcaster.js';
import { createUpcaster } from './upcaster.js';

// Tied to the event type: raising RecommendationDrafted's version without a step fails to compile.
const recommendationDrafted: RecommendationDrafted['schemaVersion'] = 2;

/** Every event type that has had more than one shape, with the steps between them. */
export const UPCASTERS: UpcastRegistry = {
  RecommendationDrafted: {
    current: recommendationDrafted,
    steps: { 1: recommendationDraftedV1toV2 },
  },
};

/** The current schema version of each event type that has changed; any other type is at 1. */
export const CURRENT_SCHEMA_VERSIONS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(UPCASTERS).map(([type, schema]) => [type, schema.current]),
);

/** Turns a stored event of any known version into the current shape; old events stay as stored. */
export const upcast = createUpcaster(UPCASTERS);
