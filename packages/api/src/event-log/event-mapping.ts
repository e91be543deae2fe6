import { type AnyDomainEvent, type Evidence, type PersonalData, upcast } from '@fahrplan/domain';
import type { Json, JsonObject, NewEvent, RecordedEvent } from '../event-store/index.js';

/**
 * Domain event → stored event. Reason and evidence go into the (hashed) metadata; personal data
 * beside the log.
 */
export const toNewEvent = (event: AnyDomainEvent): NewEvent => ({
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data as JsonObject,
  occurredAt: event.occurredAt,
  metadata: {
    ...(event.reason === undefined ? {} : { reason: event.reason }),
    ...(event.evidence === undefined ? {} : { evidence: event.evidence as unknown as Json }),
  },
  ...(event.personalData?.length
    ? { personalData: event.personalData.map((record) => ({ ...record })) }
    : {}),
});

/** Stored event → domain event in its current schema version (older versions are upcast). */
export const toDomainEvent = (event: RecordedEvent): AnyDomainEvent => {
  const { reason, evidence } = event.metadata;
  return upcast({
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    data: event.data,
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(Array.isArray(evidence) ? { evidence: evidence as unknown as Evidence[] } : {}),
    ...(event.personalData.length
      ? { personalData: event.personalData as unknown as PersonalData[] }
      : {}),
  });
};
