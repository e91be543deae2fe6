import { DEMO_IDS } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApi, type TestApi } from '../../testing/test-api.js';
import { globalId } from './measure/testing.js';

/**
 * The seeded demo's Lagebild, as the dashboard asks for it: on a fixed real-world day
 * (`asOfBasis: OCCURRED`), so the answers do not depend on the day the spec runs.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createDemoApi();
}, 120_000);
afterAll(() => api.close());

const lotsen = globalId('Measure', DEMO_IDS.measure);
const AT = (day: string) => `asOf: "${day}T12:00:00Z", asOfBasis: OCCURRED`;

describe('the demo’s Lagebild', () => {
  it('on 25 November 2026: the KI milestone overdue, the KMU figure off track, one report missing', async () => {
    const response = await api.gql<Record<string, unknown>>(`{
      overdueMilestones(${AT('2026-11-25')}) { daysOverdue milestone { milestoneId } }
      indicators(${AT('2026-11-25')}) { title assessment { rating } targetChanges { reason } }
      reportingCycles(${AT('2026-11-25')}) { title status reports { status submissions } }
      missingReports(${AT('2026-11-25')}) { returned measure { id } }
      measuresByConfidence(${AT('2026-11-25')}) { confidence count }
      node(id: "${lotsen}", ${AT('2026-11-25')}) { ... on Measure {
        statusSummary { course signals { source } }
        responsibility { lead { unit } partners }
        confidenceHistory { rating } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      overdueMilestones: [{ daysOverdue: 148, milestone: { milestoneId: 'ms-lotsen-ki' } }],
      indicators: [
        {
          title: 'Anteil der KMU mit Digitalisierungsprojekt',
          assessment: { rating: 'OFF_TRACK' },
        },
        {
          title: 'Von Lotsen beratene Betriebe (kumuliert)',
          assessment: { rating: 'ON_TRACK' },
          targetChanges: [{ reason: expect.stringContaining('Lotsenstellen') }],
        },
      ],
      reportingCycles: [
        { title: '2. Halbjahr 2025', status: 'open', reports: [] },
        { title: '1. Halbjahr 2025', status: 'closed', reports: [{ status: 'ACCEPTED' }] },
        { title: 'Jahresbericht 2024', status: 'closed', reports: [{ submissions: 2 }] },
      ],
      missingReports: [{ returned: false, measure: { id: lotsen } }],
      measuresByConfidence: [
        { confidence: 'RED', count: 0 },
        { confidence: 'AMBER', count: 1 },
        { confidence: 'GREEN', count: 0 },
        { confidence: null, count: 0 },
      ],
      node: {
        statusSummary: {
          course: 'OFF_COURSE',
          signals: [{ source: 'INDICATOR' }, { source: 'CONFIDENCE' }, { source: 'MILESTONE' }],
        },
        responsibility: { lead: { unit: 'Referat 31' } },
        // Rated in 2021, then by each report: green (returned), amber again, amber in 2025.
        confidenceHistory: [
          { rating: 'GREEN' },
          { rating: 'GREEN' },
          { rating: 'AMBER' },
          { rating: 'AMBER' },
        ],
      },
    });
  });

  it('as of the end of 2022: no cycle yet, the Ampel green, the first target unmoved', async () => {
    const response = await api.gql<Record<string, unknown>>(`{
      reportingCycles(${AT('2022-12-31')}) { id }
      movedGoalposts(since: "2016-01-01", ${AT('2022-12-31')}) { kind reason }
      measuresByConfidence(${AT('2022-12-31')}) { confidence count }
    }`);
    expect(response.data).toMatchObject({
      reportingCycles: [],
      movedGoalposts: [{ kind: 'MILESTONE_DUE_DATE', reason: expect.stringContaining('Pandemie') }],
      measuresByConfidence: [
        { confidence: 'RED', count: 0 },
        { confidence: 'AMBER', count: 0 },
        { confidence: 'GREEN', count: 1 },
        { confidence: null, count: 0 },
      ],
    });
  });

  it('shows partners the figures and the Ampel, not the cycles', async () => {
    const response = await api.gql<Record<string, unknown>>(
      `{ indicators { values { value source } } reportingCycles { id } missingReports { returned }
         measuresByConfidence { confidence count } }`,
      {},
      { as: 'partner' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ reportingCycles: [], missingReports: [] });
    expect(JSON.stringify(response.data)).toContain('Lotsenstatistik 2024');
  });
});
