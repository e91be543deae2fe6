import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlSpec, required } from '../../testing/graphql-spec.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';
import { globalId, seeder } from './measure/testing.js';

/**
 * Lagebild 2030 over GraphQL: indicators, Ampel, responsibility, completion on request, reporting
 * cycles and the leadership's questions, each `asOf` a day of the real world (`OCCURRED`), so no
 * answer depends on the day the spec runs.
 */
let api: TestApi;
let seed: ReturnType<typeof seeder>;
let digital: string;
let arbeit: string;
let lotsen: string;
let fachkraefte: string;
beforeAll(async () => {
  api = await createTestApi();
  seed = seeder(api);
  digital = await seed.actionField('Digitalisierung', { occurredAt: '2018-01-02T09:00:00Z' });
  arbeit = await seed.actionField('Arbeit', { occurredAt: '2018-01-02T09:00:00Z' });
  const at = { occurredAt: '2018-06-19T09:00:00Z' };
  const a = await seed.measure('Digitalisierungslotsen', { actionFieldIds: [digital], ...at });
  const b = await seed.measure('Fachkräftelotsen', { actionFieldIds: [arbeit], ...at });
  await seed.run(
    'StartMeasure',
    { measureId: a.measureId },
    { role: 'ministry', occurredAt: '2019-01-15T09:00:00Z' },
  );
  await seed.run(
    'PlanMilestone',
    { measureId: a.measureId, milestoneId: 'ms-pilot', title: 'Pilot', dueDate: '2020-06-30' },
    { occurredAt: '2019-01-15T09:00:00Z' },
  );
  await seed.run(
    'RescheduleMilestone',
    { measureId: a.measureId, milestoneId: 'ms-pilot', dueDate: '2020-09-30' },
    { occurredAt: '2020-03-02T09:00:00Z', reason: 'Pandemie' },
  );
  lotsen = globalId('Measure', a.measureId);
  fachkraefte = globalId('Measure', b.measureId);
});
afterAll(() => api.close());

const { failing, mutate } = graphqlSpec(() => api);
const OCCURRED = (day: string) => ({ asOf: `${day}T12:00:00Z`, asOfBasis: 'OCCURRED' });
const versionOf = async (id: string) =>
  required(
    (
      await api.gql<{ node: { version: number } }>(
        'query($id: ID!) { node(id: $id) { ... on Item { version } } }',
        { id },
      )
    ).data?.node.version,
    'version',
  );
const run = (name: string) =>
  `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { version } }`;

const INDICATOR = `id title unit direction status
  baseline { value date source } target { value date }
  values { valueId value referenceDate source correctionReason reported { role } }
  targetChanges { previousTarget { value } target { value } reason }
  assessment { rating expected shortfall latestValue { value } }
  measure { id }`;

let indicatorId = '';

describe('indicators: defineIndicator, reportIndicatorValue, changeIndicatorTarget, correctIndicatorValue', () => {
  it('rates the latest value against the line, as of any day', async () => {
    const defined = await mutate<{ indicator: { id: string } }>(
      'defineIndicator',
      {
        measureId: lotsen,
        title: 'Anteil der KMU mit Digitalisierungsprojekt',
        unit: '%',
        direction: 'INCREASE',
        baseline: { value: 20, date: '2018-01-01', source: 'IAB-Betriebspanel 2017' },
        target: { value: 60, date: '2030-12-31' },
        occurredAt: '2019-02-01T09:00:00Z',
      },
      'team',
      'indicator { id }',
    );
    indicatorId = required(defined.data?.defineIndicator?.indicator.id, 'indicator');
    const reported = await mutate('reportIndicatorValue', {
      id: indicatorId,
      expectedVersion: 1,
      value: 25,
      referenceDate: '2022-12-31',
      source: 'Lotsenstatistik 2022',
      occurredAt: '2023-02-01T09:00:00Z',
    });
    expect(reported.errors).toBeUndefined();
    const moved = await mutate('changeIndicatorTarget', {
      id: indicatorId,
      expectedVersion: 2,
      target: { value: 40, date: '2030-12-31' },
      reason: 'Das Förderprogramm wurde halbiert.',
      occurredAt: '2024-03-01T09:00:00Z',
    });
    expect(moved.errors).toBeUndefined();
    const read = (asOf: Record<string, string> = {}) =>
      api.gql<{ node: Record<string, unknown> }>(
        `query($id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) { node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) { ... on Indicator { ${INDICATOR} } } }`,
        { id: indicatorId, ...asOf },
      );
    expect((await read()).data?.node).toMatchObject({
      unit: '%',
      direction: 'INCREASE',
      target: { value: 40 },
      values: [{ value: 25, referenceDate: '2022-12-31', reported: { role: 'team' } }],
      targetChanges: [
        {
          previousTarget: { value: 60 },
          target: { value: 40 },
          reason: 'Das Förderprogramm wurde halbiert.',
        },
      ],
      assessment: { rating: 'AT_RISK', latestValue: { value: 25 } },
      measure: { id: lotsen },
    });
    // Before the goalposts moved, the same value was off track.
    expect((await read(OCCURRED('2024-01-01'))).data?.node).toMatchObject({
      target: { value: 60 },
      targetChanges: [],
      assessment: { rating: 'OFF_TRACK' },
    });
    expect((await read(OCCURRED('2019-06-01'))).data?.node).toMatchObject({
      values: [],
      assessment: { rating: 'NO_DATA', latestValue: null, shortfall: null },
    });
  });

  it('refuses bad input with the field as the user knows it, writing nothing', async () => {
    const define = run('defineIndicator');
    const base = {
      title: 'Betriebe beraten',
      unit: 'Betriebe',
      direction: 'INCREASE',
      baseline: { value: 0, date: '2019-01-01', source: 'Start' },
      target: { value: 1000, date: '2030-12-31' },
    };
    expect((await failing(define, base)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'measureId',
    });
    expect(
      (
        await failing(define, {
          ...base,
          measureId: lotsen,
          baseline: { ...base.baseline, source: ' ' },
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'baseline.source' });
    expect(
      (await failing(define, { ...base, measureId: lotsen, title: 'x'.repeat(201) })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(
      (await failing(define, { ...base, measureId: lotsen }, 'partner')).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await failing(define, { ...base, measureId: globalId('Measure', 'gibt-es-nicht') }))
        .extensions,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'measureId' });
    const version = await versionOf(indicatorId);
    const report = run('reportIndicatorValue');
    const value = { id: indicatorId, expectedVersion: version, value: 30, source: 'Statistik' };
    expect(
      (await failing(report, { ...value, referenceDate: '2017-12-31' })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referenceDate' });
    expect(
      (
        await failing(report, {
          ...value,
          referenceDate: '2023-12-31',
          expectedVersion: version + 5,
        })
      ).extensions,
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      (
        await failing(run('changeIndicatorTarget'), {
          id: indicatorId,
          expectedVersion: version,
          target: { value: 50, date: '2030-12-31' },
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(
      (
        await failing(run('correctIndicatorValue'), {
          id: indicatorId,
          expectedVersion: version,
          valueId: 'kein-wert',
          value: 1,
          reason: 'Tippfehler',
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'valueId' });
    expect(
      (await failing(run('retireIndicator'), { id: indicatorId, expectedVersion: version }))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(
      (
        await failing(run('reviseIndicator'), {
          id: indicatorId,
          expectedVersion: version,
          unit: '',
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unit' });
  });
});

const CYCLE = `id status title deadline closedAt
  reports { status narrative confidence confidenceReason measureProgress returnReason submissions
    measure { id } indicatorValues { value indicator { id } } evidence { document } }
  missingReports { returned measure { id } }`;

describe('reporting cycles: open, submit, return, accept, close', () => {
  let cycle = '';
  const readCycle = (as: 'team' | 'partner' = 'team') =>
    api.gql<{ node: Record<string, unknown> | null }>(
      `query($id: ID!) { node(id: $id) { ... on ReportingCycle { ${CYCLE} } } }`,
      { id: cycle },
      { as },
    );

  it('collects a report per open measure; missing ones show, returned ones too', async () => {
    const opened = await mutate<{ reportingCycle: { id: string } }>(
      'openReportingCycle',
      { title: '2. Halbjahr 2024', deadline: '2025-01-15', occurredAt: '2024-11-04T09:00:00Z' },
      'ministry',
      'reportingCycle { id }',
    );
    cycle = required(opened.data?.openReportingCycle?.reportingCycle.id, 'cycle');
    expect((await readCycle()).data?.node).toMatchObject({
      status: 'open',
      reports: [],
      missingReports: expect.arrayContaining([{ returned: false, measure: { id: lotsen } }]),
    });
    const report = {
      id: cycle,
      measureId: lotsen,
      narrative: 'Das Lotsennetz berät landesweit.',
      confidence: 'AMBER',
      measureProgress: 62,
      indicatorValues: [
        { indicatorId, value: 28, referenceDate: '2024-06-30', source: 'Lotsenstatistik' },
      ],
      reason: 'Die KI-Erweiterung verzögert sich.',
      evidence: [{ document: 'Sachstandsbericht 2/2024' }],
      occurredAt: '2024-12-10T09:00:00Z',
    };
    const submitted = await mutate('submitStatusReport', { ...report, expectedVersion: 1 });
    expect(submitted.errors).toBeUndefined();
    expect(
      (
        await failing(
          run('returnStatusReport'),
          { id: cycle, expectedVersion: 2, measureId: lotsen },
          'ministry',
        )
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await mutate(
      'returnStatusReport',
      {
        id: cycle,
        expectedVersion: 2,
        measureId: lotsen,
        reason: 'Bitte Quelle nennen.',
        occurredAt: '2024-12-12T09:00:00Z',
      },
      'ministry',
    );
    expect((await readCycle()).data?.node).toMatchObject({
      reports: [{ status: 'RETURNED', returnReason: 'Bitte Quelle nennen.' }],
      missingReports: expect.arrayContaining([{ returned: true, measure: { id: lotsen } }]),
    });
    await mutate('submitStatusReport', {
      ...report,
      expectedVersion: 3,
      occurredAt: '2024-12-13T09:00:00Z',
      indicatorValues: [],
    });
    await mutate(
      'acceptStatusReport',
      { id: cycle, expectedVersion: 4, measureId: lotsen, occurredAt: '2024-12-20T09:00:00Z' },
      'ministry',
    );
    await mutate(
      'closeReportingCycle',
      { id: cycle, expectedVersion: 5, occurredAt: '2025-01-31T09:00:00Z' },
      'ministry',
    );
    const closed = (await readCycle()).data?.node;
    expect(closed).toMatchObject({
      status: 'closed',
      reports: [
        {
          status: 'ACCEPTED',
          narrative: 'Das Lotsennetz berät landesweit.',
          confidence: 'AMBER',
          confidenceReason: 'Die KI-Erweiterung verzögert sich.',
          measureProgress: 62,
          submissions: 2,
          evidence: [{ document: 'Sachstandsbericht 2/2024' }],
        },
      ],
    });
    // The report rated the measure and reported the figure on its indicator.
    const measure = await api.gql<{ node: Record<string, unknown> }>(
      'query($id: ID!) { node(id: $id) { ... on Measure { progress confidence { rating reason } confidenceHistory { rating } } } }',
      { id: lotsen },
    );
    expect(measure.data?.node).toMatchObject({
      progress: 62,
      confidence: { rating: 'AMBER', reason: 'Die KI-Erweiterung verzögert sich.' },
    });
    // Partners see no reporting cycles: not by id, not listed, no missing reports.
    expect((await readCycle('partner')).data?.node).toBeNull();
    const lists = await api.gql<{ reportingCycles: unknown[]; missingReports: unknown[] }>(
      'query($cycle: ID) { reportingCycles { id } missingReports(cycle: $cycle) { returned } }',
      {},
      { as: 'partner' },
    );
    expect(lists.data).toEqual({ reportingCycles: [], missingReports: [] });
  });

  it('refuses bad reports and the wrong roles, writing nothing', async () => {
    const opened = await mutate<{ reportingCycle: { id: string; version: number } }>(
      'openReportingCycle',
      { title: '1. Halbjahr 2025', deadline: '2025-07-15', occurredAt: '2025-05-05T09:00:00Z' },
      'ministry',
      'reportingCycle { id version }',
    );
    const id = required(opened.data?.openReportingCycle?.reportingCycle.id, 'cycle');
    const submit = run('submitStatusReport');
    const report = {
      id,
      expectedVersion: 1,
      measureId: lotsen,
      narrative: 'Sachstand',
      confidence: 'GREEN',
      reason: 'Läuft.',
    };
    expect((await failing(submit, { ...report, narrative: '' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'narrative',
    });
    expect((await failing(submit, { ...report, measureProgress: 101 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'measureProgress',
    });
    expect(
      (
        await failing(submit, {
          ...report,
          indicatorValues: [{ indicatorId, value: 1, referenceDate: '2024-01-01', source: '' }],
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorValues.0.source' });
    expect(
      (
        await failing(submit, {
          ...report,
          indicatorValues: [{ indicatorId, value: 1, referenceDate: '2099-01-01', source: 'x' }],
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await failing(submit, report, 'ministry')).extensions?.code).toBe('FORBIDDEN');
    expect((await failing(submit, { ...report, reason: undefined })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const open = run('openReportingCycle');
    expect((await failing(open, { title: 'x', deadline: '2025-02-30' })).message).toMatch(
      /calendar date/,
    );
    expect(
      (await failing(open, { title: '', deadline: '2025-12-31' }, 'ministry')).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(
      (await failing(open, { title: 'Team', deadline: '2025-12-31' }, 'team')).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await failing(
          run('acceptStatusReport'),
          { id, expectedVersion: 1, measureId: fachkraefte },
          'ministry',
        )
      ).extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION', field: 'measureId' });
    expect(
      (await failing(run('closeReportingCycle'), { id, expectedVersion: 1 }, 'team')).extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('delivery: assignMeasureResponsibility, rateMeasureConfidence, completion on request', () => {
  const RESPONSIBILITY =
    'responsibility { lead { organisation unit } partners responsible { name erased } }';

  it('keeps the responsible person as personal data, hidden from partners', async () => {
    const version = await versionOf(fachkraefte);
    const assigned = await mutate('assignMeasureResponsibility', {
      id: fachkraefte,
      expectedVersion: version,
      lead: { organisation: 'SMWA', unit: 'Referat 31' },
      partners: ['IHK Chemnitz'],
      responsible: { name: 'Erika Muster', email: 'erika@example.org' },
    });
    expect(assigned.errors).toBeUndefined();
    const read = (as: 'team' | 'partner') =>
      api.gql<{ node: Record<string, unknown> }>(
        `query($id: ID!) { node(id: $id) { ... on Measure { ${RESPONSIBILITY} } } }`,
        { id: fachkraefte },
        { as },
      );
    expect((await read('team')).data?.node).toEqual({
      responsibility: {
        lead: { organisation: 'SMWA', unit: 'Referat 31' },
        partners: ['IHK Chemnitz'],
        responsible: { name: 'Erika Muster', erased: false },
      },
    });
    expect((await read('partner')).data?.node).toMatchObject({
      responsibility: { responsible: { name: null } },
    });
    // Erasable as every person's data: the name goes, the assignment stays.
    const subject = await api.gql<{
      node: { responsibility: { responsible: { subjectId: string } } };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Measure { responsibility { responsible { subjectId } } } } }',
      { id: fachkraefte },
    );
    const erased = await api.gql(
      'mutation($input: EraseSubjectInput!) { eraseSubject(input: $input) { erasedRecords } }',
      {
        input: {
          subjectId: subject.data?.node.responsibility.responsible.subjectId,
          reason: 'Löschantrag nach Art. 17 DSGVO',
        },
      },
      { as: 'admin' },
    );
    expect(erased.errors).toBeUndefined();
    expect((await read('team')).data?.node).toMatchObject({
      responsibility: { lead: { unit: 'Referat 31' }, responsible: { name: null, erased: true } },
    });
    expect(
      (
        await failing(run('assignMeasureResponsibility'), {
          id: fachkraefte,
          expectedVersion: version + 1,
          lead: { organisation: '', unit: 'Referat 31' },
          partners: [],
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lead.organisation' });
  });

  it('rates the Ampel with a reason and keeps its history', async () => {
    const rate = run('rateMeasureConfidence');
    const version = await versionOf(fachkraefte);
    expect(
      (await failing(rate, { id: fachkraefte, expectedVersion: version, confidence: 'RED' }))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(
      (
        await failing(
          rate,
          { id: fachkraefte, expectedVersion: version, confidence: 'RED', reason: 'x' },
          'partner',
        )
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    await mutate('rateMeasureConfidence', {
      id: fachkraefte,
      expectedVersion: version,
      confidence: 'RED',
      reason: 'Keine Träger gefunden.',
      occurredAt: '2025-03-01T09:00:00Z',
    });
    await mutate('rateMeasureConfidence', {
      id: fachkraefte,
      expectedVersion: version + 1,
      confidence: 'AMBER',
      reason: 'Zwei Träger gefunden.',
      occurredAt: '2025-09-01T09:00:00Z',
    });
    const read = await api.gql<{ node: Record<string, unknown> }>(
      'query($id: ID!) { node(id: $id) { ... on Measure { confidence { rating } confidenceHistory { rating previousRating reason } statusSummary { course } } } }',
      { id: fachkraefte },
    );
    expect(read.data?.node).toEqual({
      confidence: { rating: 'AMBER' },
      confidenceHistory: [
        { rating: 'RED', previousRating: null, reason: 'Keine Träger gefunden.' },
        { rating: 'AMBER', previousRating: 'RED', reason: 'Zwei Träger gefunden.' },
      ],
      statusSummary: { course: 'AT_RISK' },
    });
  });

  it('completes a measure only on evidence and the ministry’s confirmation', async () => {
    const { measureId } = await seed.measure('Lernfabrik', { actionFieldIds: [arbeit] });
    const id = globalId('Measure', measureId);
    await seed.run('StartMeasure', { measureId }, { role: 'ministry' });
    const request = run('requestMeasureCompletion');
    expect((await failing(request, { id, expectedVersion: 2 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'evidence',
    });
    await mutate('requestMeasureCompletion', {
      id,
      expectedVersion: 2,
      evidence: [{ document: 'Abschlussbericht' }],
    });
    expect(
      (await failing(run('confirmMeasureCompletion'), { id, expectedVersion: 3 }, 'team'))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await failing(run('returnMeasureCompletion'), { id, expectedVersion: 3 }, 'ministry'))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const pending = await api.gql<{ node: Record<string, unknown> }>(
      'query($id: ID!) { node(id: $id) { ... on Measure { status completionRequestedAt completionRequest { evidence } } } }',
      { id },
    );
    expect(pending.data?.node).toMatchObject({
      status: 'completion_requested',
      completionRequest: { evidence: [{ document: 'Abschlussbericht' }] },
    });
    const confirmed = await mutate<{ measure: { status: string } }>(
      'confirmMeasureCompletion',
      { id, expectedVersion: 3 },
      'ministry',
      'measure { status }',
    );
    expect(confirmed.data?.confirmMeasureCompletion?.measure.status).toBe('completed');
  });
});

describe('the leadership’s questions, by action field and as of a day', () => {
  const ask = (
    query: string,
    variables: Record<string, unknown> = {},
    as: 'team' | 'partner' = 'team',
  ) => api.gql<Record<string, unknown>>(query, variables, { as });

  it('overdueMilestones: past due and not reached on that day, by action field', async () => {
    const query = `query($asOf: DateTime, $asOfBasis: TimeBasis, $actionField: ID) {
      overdueMilestones(asOf: $asOf, asOfBasis: $asOfBasis, actionField: $actionField) {
        daysOverdue measure { id } milestone { milestoneId dueDate } } }`;
    expect((await ask(query, OCCURRED('2020-10-02'))).data?.overdueMilestones).toEqual([
      {
        daysOverdue: 2,
        measure: { id: lotsen },
        milestone: { milestoneId: 'ms-pilot', dueDate: '2020-09-30' },
      },
    ]);
    expect((await ask(query, OCCURRED('2020-09-30'))).data?.overdueMilestones).toEqual([]);
    const other = globalId('ActionField', arbeit);
    expect(
      (await ask(query, { ...OCCURRED('2020-10-02'), actionField: other })).data?.overdueMilestones,
    ).toEqual([]);
    expect(
      (await ask(query, { ...OCCURRED('2020-10-02'), actionField: lotsen })).errors?.[0]?.extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('measuresByConfidence, indicators(ratings:), movedGoalposts, participationFunnel', async () => {
    const answer = await ask(
      `query($field: ID) {
      measuresByConfidence(asOf: "2025-12-31T12:00:00Z", asOfBasis: OCCURRED) { confidence count measures { id } }
      offTrack: indicators(ratings: [OFF_TRACK], asOf: "2024-01-01T12:00:00Z", asOfBasis: OCCURRED) { id }
      atRisk: indicators(ratings: [AT_RISK, OFF_TRACK], actionField: $field) { id assessment { rating } }
      movedGoalposts(since: "2020-01-01") { kind reason previousDueDate dueDate previousTarget { value } target { value } }
      participationFunnel { sector captured takenUp adopted inImplementation }
    }`,
      { field: globalId('ActionField', digital) },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.measuresByConfidence).toEqual([
      { confidence: 'RED', count: 0, measures: [] },
      { confidence: 'AMBER', count: 2, measures: [{ id: lotsen }, { id: fachkraefte }] },
      { confidence: 'GREEN', count: 0, measures: [] },
      { confidence: null, count: 0, measures: [] },
    ]);
    expect(answer.data?.offTrack).toEqual([{ id: indicatorId }]);
    expect(answer.data?.atRisk).toEqual([{ id: indicatorId, assessment: { rating: 'AT_RISK' } }]);
    expect(answer.data?.movedGoalposts).toEqual([
      {
        kind: 'INDICATOR_TARGET',
        reason: 'Das Förderprogramm wurde halbiert.',
        previousDueDate: null,
        dueDate: null,
        previousTarget: { value: 60 },
        target: { value: 40 },
      },
      {
        kind: 'MILESTONE_DUE_DATE',
        reason: 'Pandemie',
        previousDueDate: '2020-06-30',
        dueDate: '2020-09-30',
        previousTarget: null,
        target: null,
      },
    ]);
    expect(answer.data?.participationFunnel).toEqual([
      expect.objectContaining({ sector: 'INDUSTRY' }),
      expect.objectContaining({ sector: 'SCIENCE' }),
      expect.objectContaining({ sector: 'SOCIETY' }),
      expect.objectContaining({ sector: 'ADMINISTRATION' }),
    ]);
  });

  it('shows partners the published figures and ratings', async () => {
    const answer = await ask(
      '{ indicators { id assessment { rating } values { value } } }',
      {},
      'partner',
    );
    expect(answer.data?.indicators).toEqual([
      {
        id: indicatorId,
        assessment: { rating: 'AT_RISK' },
        values: [{ value: 25 }, { value: 28 }],
      },
    ]);
  });
});

describe('reportIndicatorValues: many figures for a cycle, all or none', () => {
  const bulk = run('reportIndicatorValues');
  let cycleId = '';
  let second = '';
  const rows = async () => [
    {
      indicatorId,
      expectedVersion: await versionOf(indicatorId),
      value: 33,
      referenceDate: '2025-06-30',
      source: 'Lotsenstatistik 1/2025',
    },
    {
      indicatorId: second,
      expectedVersion: await versionOf(second),
      value: 14,
      referenceDate: '2025-06-30',
      source: 'Fachkräftemonitor',
    },
  ];
  const valuesOf = async (id: string) =>
    (
      await api.gql<{ node: { values: { value: number }[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Indicator { values { value } } } }',
        { id },
      )
    ).data?.node.values.map((each) => each.value);

  beforeAll(async () => {
    const opened = await mutate<{ reportingCycle: { id: string } }>(
      'openReportingCycle',
      { title: '2. Halbjahr 2025', deadline: '2026-01-15', occurredAt: '2025-11-03T09:00:00Z' },
      'ministry',
      'reportingCycle { id }',
    );
    cycleId = required(opened.data?.openReportingCycle?.reportingCycle.id, 'cycle');
    const defined = await mutate<{ indicator: { id: string } }>(
      'defineIndicator',
      {
        measureId: fachkraefte,
        title: 'Vermittelte Fachkräfte',
        unit: 'Tsd.',
        direction: 'INCREASE',
        baseline: { value: 10, date: '2019-01-01', source: 'Arbeitsagentur' },
        target: { value: 30, date: '2030-12-31' },
      },
      'team',
      'indicator { id }',
    );
    second = required(defined.data?.defineIndicator?.indicator.id, 'indicator');
  });

  it('refuses the whole table when one row is refused, naming the row and field', async () => {
    const [first, other] = await rows();
    const base = { id: cycleId, values: [first, other] };
    const refusedOn = async (values: unknown[], as: 'team' | 'partner' | 'ministry' = 'team') =>
      (await failing(bulk, { ...base, values }, as)).extensions;
    // The indicator's own rule, found by the follow-up on row 2: the row and the field.
    expect(await refusedOn([first, { ...other, referenceDate: '2018-12-31' }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'values.1.referenceDate',
      details: { kind: 'Indicator', id: expect.any(String) },
    });
    expect(await refusedOn([first, { ...other, referenceDate: '2099-01-01' }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'values.1.referenceDate',
    });
    expect(await refusedOn([first, { ...other, source: ' ' }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'values.1.source',
    });
    expect(
      await refusedOn([{ ...first, expectedVersion: (first?.expectedVersion ?? 0) - 1 }, other]),
    ).toMatchObject({ code: 'CONFLICT', field: 'values.0.expectedVersion' });
    expect(await refusedOn([first, first])).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'values.1',
    });
    expect(await refusedOn([])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'values' });
    expect(
      await refusedOn([
        first,
        { ...other, indicatorId: globalId('Indicator', 'kz-gibt-es-nicht') },
      ]),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'values.1.indicatorId' });
    expect((await refusedOn([first, other], 'partner'))?.code).toBe('FORBIDDEN');
    expect((await refusedOn([first, other], 'ministry'))?.code).toBe('FORBIDDEN');
    // The message is the indicator's own, in German by default.
    const error = await failing(bulk, {
      ...base,
      values: [first, { ...other, referenceDate: '2018-12-31' }],
    });
    expect(error.message).toMatch(/Stichtag \(2018-12-31\) liegt vor dem Ausgangswert/);
    expect(await valuesOf(second)).toEqual([]);
  });

  it('records every figure on its indicator in one write', async () => {
    const before = await versionOf(cycleId);
    const reported = await mutate('reportIndicatorValues', { id: cycleId, values: await rows() });
    expect(reported.errors).toBeUndefined();
    expect(reported.data?.reportIndicatorValues).toEqual({ version: before + 1 });
    expect(await valuesOf(indicatorId)).toEqual([25, 28, 33]);
    expect(await valuesOf(second)).toEqual([14]);
  });

  it('takes nothing once the cycle is closed', async () => {
    await mutate(
      'closeReportingCycle',
      { id: cycleId, expectedVersion: await versionOf(cycleId) },
      'ministry',
    );
    expect((await failing(bulk, { id: cycleId, values: await rows() })).extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
  });
});
