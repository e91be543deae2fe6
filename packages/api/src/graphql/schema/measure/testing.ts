import { randomUUID } from 'node:crypto';
import type { AggregateKind, Role } from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { TestApi } from '../../../testing/test-api.js';

/** The Relay global id of an item, as GraphQL shows and takes it. */
export const globalId = (kind: AggregateKind, id: string): string => encodeGlobalID(kind, id);

interface RunOptions {
  readonly role?: Role;
  readonly occurredAt?: string;
  readonly reason?: string;
}

export interface MeasureSeed {
  readonly actionFieldIds: readonly string[];
  readonly title?: string;
  readonly owner?: string;
  readonly plannedStart?: string;
  readonly plannedEnd?: string;
  /** When the recommendation's steps and its adoption happened (default: now). */
  readonly occurredAt?: string;
}

/**
 * Builds what the specs of measures, project ideas and the roadmap stand on straight through the
 * command executor, independent of other aggregates' mutations: action fields, suggestions,
 * meetings, recommendations, and measures by the whole chain up to adoption.
 */
export const seeder = (api: TestApi) => {
  const run = async (type: string, data: Record<string, unknown>, options: RunOptions = {}) =>
    api.execute({
      type,
      data,
      metadata: {
        actor: 'spec',
        role: options.role ?? 'team',
        now: new Date().toISOString(),
        timeZone: 'Europe/Berlin',
        ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
        ...(options.reason ? { reason: options.reason } : {}),
      },
    });

  const actionField = async (title: string, options: RunOptions = {}) => {
    const actionFieldId = randomUUID();
    const key = `feld-${actionFieldId.slice(0, 8)}`;
    await run('DefineActionField', { actionFieldId, key, title, description: title }, options);
    return actionFieldId;
  };

  const suggestion = async (text: string) => {
    const suggestionId = randomUUID();
    await run('CaptureSuggestion', { suggestionId, text, sector: 'industry', channel: 'mail' });
    return suggestionId;
  };

  const meeting = async (title: string) => {
    const meetingId = randomUUID();
    await run('PlanMeeting', {
      meetingId,
      title,
      kind: 'workshop',
      date: '2017-03-07',
      place: 'Chemnitz',
      actionFieldIds: [],
    });
    return meetingId;
  };

  const recommendation = async (
    title: string,
    actionFieldIds: readonly string[] = [],
    options: RunOptions = {},
  ) => {
    const recommendationId = randomUUID();
    const data = { recommendationId, title, body: `${title}: Begründung.`, actionFieldIds };
    await run('DraftRecommendation', { ...data, derivedFrom: [] }, options);
    return recommendationId;
  };

  /** Draft → review → prioritised → adopted by the ministry, which plans the measure. */
  const measure = async (title: string, seed: MeasureSeed) => {
    const at = seed.occurredAt ? { occurredAt: seed.occurredAt } : {};
    const recommendationId = await recommendation(title, seed.actionFieldIds, at);
    await run('SubmitRecommendationForReview', { recommendationId }, at);
    await run('PrioritiseRecommendation', { recommendationId, priority: 'high' }, at);
    const measureId = randomUUID();
    await run(
      'AdoptRecommendation',
      {
        recommendationId,
        measureId,
        measure: {
          owner: seed.owner ?? 'SMWA Referat 31',
          ...(seed.title ? { title: seed.title } : {}),
          ...(seed.plannedStart ? { plannedStart: seed.plannedStart } : {}),
          ...(seed.plannedEnd ? { plannedEnd: seed.plannedEnd } : {}),
        },
      },
      { ...at, role: 'ministry' },
    );
    return { recommendationId, measureId };
  };

  return { run, actionField, suggestion, meeting, recommendation, measure };
};
