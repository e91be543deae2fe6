import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectWritten, gid, graphqlSpec, required } from '../../testing/graphql-spec.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';

let api: TestApi;

/** What the default selection of `mutate` reads. */
interface Change {
  version: number;
  recommendation: { id: string; status: string; version: number };
}

const {
  mutate,
  refused,
  invalid,
  node,
  defineActionField,
  draftRecommendation,
  prioritise,
  revisesTitle,
} = graphqlSpec<Change>(() => api, 'version recommendation { id status version }');

let digital: string;
let arbeit: string;
let guideline: string;
const suggestion = (n: number) => gid('Suggestion', `s-${n}`);

const draft = (title: string, extra: Record<string, unknown> = {}) =>
  draftRecommendation({ title, actionFieldIds: [digital], ...extra });

/** Drafted, submitted and prioritised: version 3. */
const prioritised = async (title: string) => {
  const id = await draft(title);
  await prioritise(id, 'HIGH');
  return id;
};

beforeAll(async () => {
  api = await createTestApi();
  digital = await defineActionField(
    'digitalisierung',
    'Digitalisierung in der mittelständischen Industrie',
  );
  arbeit = await defineActionField('arbeit', 'Arbeit in der Industrie der Zukunft');
  // Suggestions come straight through the executor: this spec tests recommendations only.
  for (const n of [1, 2, 3, 4, 5]) {
    await api.execute({
      type: 'CaptureSuggestion',
      data: {
        suggestionId: `s-${n}`,
        text: `Vorschlag ${n}: mehr Austausch zwischen Betrieben.`,
        sector: 'industry',
        channel: 'mail',
      },
      metadata: {
        actor: 'test',
        role: 'team',
        now: new Date().toISOString(),
        timeZone: 'Europe/Berlin',
      },
    });
  }
  const drafted = await mutate<{ guideline: { id: string } }>(
    'draftGuideline',
    { title: 'Leitlinie Vernetzung', body: 'Betriebe vernetzen.' },
    'team',
    'guideline { id }',
  );
  guideline = required(drafted.data?.draftGuideline?.guideline.id, 'the guideline');
});
afterAll(() => api.close());

describe('draftRecommendation', () => {
  it('drafts a recommendation from suggestions, which are taken up in the same write', async () => {
    const response = await mutate<{
      version: number;
      replayed: boolean;
      recommendation: {
        id: string;
        version: number;
        status: string;
        statusLabel: string;
        title: string;
        body: string;
        priority: string | null;
        reason: string | null;
        measure: { id: string } | null;
        actionFields: { title: string }[];
        derivedFrom: { id: string; status: string }[];
        guidelines: { id: string }[];
        splitFrom: { id: string } | null;
        splitInto: { id: string }[];
        mergedInto: { id: string } | null;
      };
    }>(
      'draftRecommendation',
      {
        title: 'Vernetzung der Zulieferer',
        body: 'Zulieferer sollen sich regional vernetzen.',
        actionFieldIds: [digital, arbeit],
        derivedFrom: [suggestion(1)],
      },
      'team',
      `version replayed recommendation {
        id version status statusLabel title body priority reason measure { id }
        actionFields { title } derivedFrom { id status } guidelines { id }
        splitFrom { id } splitInto { id } mergedInto { id }
      }`,
    );
    expectWritten(response, 'draftRecommendation', 'recommendation', 1, {
      status: 'draft',
      statusLabel: 'Entwurf',
      title: 'Vernetzung der Zulieferer',
      body: 'Zulieferer sollen sich regional vernetzen.',
      priority: null,
      reason: null,
      measure: null,
      actionFields: [
        { title: 'Digitalisierung in der mittelständischen Industrie' },
        { title: 'Arbeit in der Industrie der Zukunft' },
      ],
      derivedFrom: [{ id: suggestion(1), status: 'taken_up' }],
      guidelines: [],
      splitFrom: null,
      splitInto: [],
      mergedInto: null,
    });
    const id = required(response.data?.draftRecommendation?.recommendation.id, 'the draft');
    expect(await node(id, 'title version')).toEqual({
      title: 'Vernetzung der Zulieferer',
      version: 1,
    });
    expect(await node(suggestion(1), 'status')).toEqual({ status: 'taken_up' });
  });

  it('refuses missing fields and wrong id types before anything runs', async () => {
    await invalid(
      () => mutate('draftRecommendation', { body: 'x', actionFieldIds: [digital] }),
      /title/,
    );
    await invalid(
      () => mutate('draftRecommendation', { title: 'x', body: 'x', actionFieldIds: 'kein-array' }),
      /ID|global/i,
    );
    const response = await mutate('draftRecommendation', {
      title: 'x',
      body: 'x',
      actionFieldIds: [suggestion(1)],
    });
    expect(response.errors?.[0]?.message).toMatch(/ActionField/);
  });

  it('refuses bad input with BAD_USER_INPUT or NOT_FOUND naming the field, writing nothing', async () => {
    const base = { title: 'Gültig', body: 'Text', actionFieldIds: [digital] };
    await refused(
      () => mutate('draftRecommendation', { ...base, title: 'x'.repeat(201) }),
      'BAD_USER_INPUT',
      'title',
    );
    await refused(
      () => mutate('draftRecommendation', { ...base, body: 'x'.repeat(20_001) }),
      'BAD_USER_INPUT',
      'body',
    );
    await refused(
      () => mutate('draftRecommendation', { ...base, actionFieldIds: [] }),
      'BAD_USER_INPUT',
      'actionFieldIds',
    );
    await refused(
      () =>
        mutate('draftRecommendation', {
          ...base,
          actionFieldIds: [gid('ActionField', 'unbekannt')],
        }),
      'NOT_FOUND',
      'actionFieldIds.0',
    );
    await refused(
      () => mutate('draftRecommendation', { ...base, derivedFrom: [suggestion(99)] }),
      'NOT_FOUND',
      'derivedFrom.0',
    );
  });

  it('names every bad field at once, in extensions.fieldErrors, writing nothing', async () => {
    const before = await api.counts();
    const response = await mutate('draftRecommendation', {
      title: ' ',
      body: '',
      actionFieldIds: [],
    });
    const [error] = response.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('title');
    const fieldErrors = (
      error?.extensions as { fieldErrors?: { field: string; message: string }[] }
    )?.fieldErrors;
    expect(fieldErrors?.map((each) => each.field)).toEqual(['title', 'body', 'actionFieldIds']);
    expect(fieldErrors?.every((each) => each.message.length > 0)).toBe(true);
    expect(await api.counts()).toEqual(before);
  });

  it('is the team’s: ministry and partner are FORBIDDEN', async () => {
    const input = { title: 'Verboten', body: 'x', actionFieldIds: [digital] };
    await refused(() => mutate('draftRecommendation', input, 'ministry'), 'FORBIDDEN');
    await refused(() => mutate('draftRecommendation', input, 'partner'), 'FORBIDDEN');
  });
});

describe('reviseRecommendation', () => {
  it('changes only what is given, records the change in history, and travels back in time', async () => {
    const id = await draft('Alter Titel der Qualifizierung');
    // asOf before the change: the old title and action field; nested fields travel along.
    const before = await revisesTitle(
      'Recommendation',
      id,
      {
        title: 'Alter Titel der Qualifizierung',
        body: 'Text zu Alter Titel der Qualifizierung.',
        actionField: 'Digitalisierung in der mittelständischen Industrie',
      },
      {
        title: 'Qualifizierung für Industrie 4.0',
        actionFieldId: arbeit,
        actionField: 'Arbeit in der Industrie der Zukunft',
      },
    );
    const list = async (asOf?: string) =>
      api.gql<{ recommendations: { edges: { node: { title: string } }[] } }>(
        `query L($asOf: DateTime) { recommendations(search: "Qualifizierung", asOf: $asOf) { edges { node { title } } } }`,
        { asOf },
      );
    expect((await list(before)).data?.recommendations.edges).toEqual([
      { node: { title: 'Alter Titel der Qualifizierung' } },
    ]);
    expect((await list()).data?.recommendations.edges).toEqual([
      { node: { title: 'Qualifizierung für Industrie 4.0' } },
    ]);
    expect(await node(id, 'title', '2000-01-01T00:00:00Z')).toBeNull();
  });

  it('refuses a stale version (CONFLICT), an unknown id (NOT_FOUND) and a wrong type', async () => {
    const id = await draft('Konfliktfall');
    await mutate('reviseRecommendation', { id, expectedVersion: 1, body: 'Neu' });
    const stale = await refused(
      () => mutate('reviseRecommendation', { id, expectedVersion: 1, body: 'Älter' }),
      'CONFLICT',
    );
    expect(stale.errors?.[0]?.extensions?.details).toMatchObject({
      currentVersion: 2,
      expectedVersion: 1,
    });
    await refused(
      () =>
        mutate('reviseRecommendation', {
          id: gid('Recommendation', 'nope'),
          expectedVersion: 1,
          body: 'x',
        }),
      'NOT_FOUND',
      'recommendationId',
    );
    await invalid(
      () => mutate('reviseRecommendation', { id, expectedVersion: 'zwei', body: 'x' }),
      /Int/,
    );
    await refused(
      () => mutate('reviseRecommendation', { id, expectedVersion: 2, title: '' }),
      'BAD_USER_INPUT',
      'title',
    );
  });
});

describe('review and prioritisation', () => {
  it('submits, returns with a reason, and prioritises; the priority reads as enum and label', async () => {
    const id = await draft('Prüfpfad');
    await refused(
      () => mutate('prioritiseRecommendation', { id, expectedVersion: 1, priority: 'LOW' }),
      'INVALID_TRANSITION',
    );
    const submitted = await mutate('submitRecommendationForReview', { id, expectedVersion: 1 });
    expect(submitted.data?.submitRecommendationForReview).toMatchObject({
      version: 2,
      recommendation: { status: 'in_review' },
    });
    await refused(
      () => mutate('submitRecommendationForReview', { id, expectedVersion: 2 }),
      'INVALID_TRANSITION',
    );
    await refused(
      () => mutate('returnRecommendationToDraft', { id, expectedVersion: 2 }, 'ministry'),
      'BAD_USER_INPUT',
      'reason',
    );
    const returned = await mutate(
      'returnRecommendationToDraft',
      { id, expectedVersion: 2, reason: 'Quellen fehlen.' },
      'ministry',
    );
    expect(returned.data?.returnRecommendationToDraft?.recommendation.status).toBe('draft');
    await mutate('submitRecommendationForReview', { id, expectedVersion: 3 });
    await invalid(
      () => mutate('prioritiseRecommendation', { id, expectedVersion: 4, priority: 'URGENT' }),
      /URGENT/,
    );
    const done = await mutate<{
      version: number;
      recommendation: {
        status: string;
        statusLabel: string;
        priority: string | null;
        priorityLabel: string | null;
      };
    }>(
      'prioritiseRecommendation',
      { id, expectedVersion: 4, priority: 'MEDIUM' },
      'ministry',
      'version recommendation { status statusLabel priority priorityLabel }',
    );
    expect(done.data?.prioritiseRecommendation).toEqual({
      version: 5,
      recommendation: {
        status: 'prioritised',
        statusLabel: 'Priorisiert',
        priority: 'MEDIUM',
        priorityLabel: 'Mittel',
      },
    });
    const english = await api.gql<{
      node: { statusLabel: string; priorityLabel: string | null } | null;
    }>(
      `query N($id: ID!) { node(id: $id) { ... on Recommendation { statusLabel priorityLabel } } }`,
      { id },
      { language: 'en' },
    );
    expect(english.data?.node).toEqual({ statusLabel: 'Prioritised', priorityLabel: 'Medium' });
  });

  it('refuses partners and unknown ids', async () => {
    const id = await draft('Partnerprobe');
    await refused(
      () => mutate('submitRecommendationForReview', { id, expectedVersion: 1 }, 'partner'),
      'FORBIDDEN',
    );
    await refused(
      () =>
        mutate('submitRecommendationForReview', {
          id: gid('Recommendation', 'nope'),
          expectedVersion: 0,
        }),
      'NOT_FOUND',
    );
    await refused(
      () => mutate('returnRecommendationToDraft', { id, expectedVersion: 1, reason: 'x' }),
      'INVALID_TRANSITION',
    );
  });
});

describe('adoptRecommendation', () => {
  it('is the ministry’s: the team is FORBIDDEN', async () => {
    const id = await prioritised('Teamversuch');
    await refused(
      () =>
        mutate('adoptRecommendation', { id, expectedVersion: 3, measure: { owner: 'Referat 31' } }),
      'FORBIDDEN',
    );
  });

  it('starts the measure in the same transaction, readable right after', async () => {
    const id = await prioritised('Transferstelle Mittelstand');
    const response = await mutate<{
      version: number;
      recommendation: {
        status: string;
        statusLabel: string;
        adoptedAt: string | null;
        measure: { id: string; title: string; status: string; version: number } | null;
      };
    }>(
      'adoptRecommendation',
      {
        id,
        expectedVersion: 3,
        reason: 'Kabinettsbeschluss',
        measure: { owner: 'SMWA Referat 31', plannedStart: '2025-01-01', plannedEnd: '2026-12-31' },
      },
      'ministry',
      'version recommendation { status statusLabel adoptedAt measure { id title status version } }',
    );
    expect(response.errors).toBeUndefined();
    const adopted = response.data?.adoptRecommendation;
    expect(adopted).toMatchObject({
      version: 4,
      recommendation: {
        status: 'adopted',
        statusLabel: 'Beschlossen',
        measure: { title: 'Transferstelle Mittelstand', status: 'planned', version: 1 },
      },
    });
    expect(adopted?.recommendation.adoptedAt).toMatch(/^\d{4}-/);
    const measureId = required(adopted?.recommendation.measure?.id, 'the measure');
    const measure = await node(measureId, 'title status');
    expect(measure).toEqual({ title: 'Transferstelle Mittelstand', status: 'planned' });
    await refused(
      () =>
        mutate(
          'adoptRecommendation',
          { id, expectedVersion: 4, measure: { owner: 'SMWA' } },
          'ministry',
        ),
      'INVALID_TRANSITION',
    );
  });

  it('takes the measure’s own title when given', async () => {
    const id = await prioritised('Langer Empfehlungstitel für Cluster');
    const response = await mutate<{ recommendation: { measure: { title: string } | null } }>(
      'adoptRecommendation',
      { id, expectedVersion: 3, measure: { owner: 'SMWA', title: 'Clusterförderung' } },
      'ministry',
      'recommendation { measure { title } }',
    );
    expect(response.data?.adoptRecommendation?.recommendation.measure).toEqual({
      title: 'Clusterförderung',
    });
  });

  it('refuses bad measure details, stale versions and drafts, writing nothing', async () => {
    const id = await prioritised('Fehlerfälle der Annahme');
    const adopt = (input: Record<string, unknown>) =>
      mutate('adoptRecommendation', { id, expectedVersion: 3, ...input }, 'ministry');
    await invalid(() => adopt({ measure: { title: 'ohne Verantwortliche' } }), /owner/);
    await invalid(() => adopt({ measure: { owner: 'SMWA', plannedStart: 'morgen' } }), /morgen/);
    await refused(
      () => adopt({ measure: { owner: 'x'.repeat(201) } }),
      'BAD_USER_INPUT',
      'measure.owner',
    );
    await refused(
      () =>
        adopt({ measure: { owner: 'SMWA', plannedStart: '2026-01-01', plannedEnd: '2025-01-01' } }),
      'BAD_USER_INPUT',
      'measure.plannedEnd',
    );
    await refused(() => adopt({ expectedVersion: 2, measure: { owner: 'SMWA' } }), 'CONFLICT');
    const drafted = await draft('Noch ein Entwurf');
    await refused(
      () =>
        mutate(
          'adoptRecommendation',
          { id: drafted, expectedVersion: 1, measure: { owner: 'SMWA' } },
          'ministry',
        ),
      'INVALID_TRANSITION',
    );
  });
});

describe('rejectRecommendation and withdrawRecommendation', () => {
  it('rejects only with a reason, by the ministry, and keeps the reason', async () => {
    const id = await draft('Abzulehnen');
    await refused(
      () => mutate('rejectRecommendation', { id, expectedVersion: 1 }, 'ministry'),
      'BAD_USER_INPUT',
      'reason',
    );
    await refused(
      () => mutate('rejectRecommendation', { id, expectedVersion: 1, reason: 'Nein' }, 'team'),
      'FORBIDDEN',
    );
    const response = await mutate<{
      version: number;
      recommendation: {
        status: string;
        statusLabel: string;
        reason: string | null;
        closedAt: string | null;
      };
    }>(
      'rejectRecommendation',
      { id, expectedVersion: 1, reason: 'Nicht finanzierbar.' },
      'ministry',
      'version recommendation { status statusLabel reason closedAt }',
    );
    expect(response.data?.rejectRecommendation).toMatchObject({
      version: 2,
      recommendation: {
        status: 'rejected',
        statusLabel: 'Abgelehnt',
        reason: 'Nicht finanzierbar.',
      },
    });
    await refused(
      () => mutate('rejectRecommendation', { id, expectedVersion: 2, reason: 'x' }, 'ministry'),
      'INVALID_TRANSITION',
    );
  });

  it('withdraws only with a reason', async () => {
    const id = await draft('Zurückzuziehen');
    await refused(
      () => mutate('withdrawRecommendation', { id, expectedVersion: 1 }),
      'BAD_USER_INPUT',
      'reason',
    );
    await refused(
      () => mutate('withdrawRecommendation', { id, expectedVersion: 1, reason: 'x' }, 'ministry'),
      'FORBIDDEN',
    );
    const response = await mutate<{ recommendation: { status: string; reason: string | null } }>(
      'withdrawRecommendation',
      { id, expectedVersion: 1, reason: 'Doppelt erfasst.' },
      'team',
      'recommendation { status reason }',
    );
    expect(response.data?.withdrawRecommendation?.recommendation).toEqual({
      status: 'withdrawn',
      reason: 'Doppelt erfasst.',
    });
    await refused(
      () => mutate('withdrawRecommendation', { id, expectedVersion: 2, reason: 'x' }),
      'INVALID_TRANSITION',
    );
  });
});

describe('mergeRecommendation', () => {
  it('refuses a merge into itself with BAD_USER_INPUT and an unknown target with NOT_FOUND', async () => {
    const id = await draft('Selbstbezug');
    await refused(
      () => mutate('mergeRecommendation', { id, expectedVersion: 1, targetRecommendationId: id }),
      'BAD_USER_INPUT',
      'targetRecommendationId',
    );
    await refused(
      () =>
        mutate('mergeRecommendation', {
          id,
          expectedVersion: 1,
          targetRecommendationId: gid('Recommendation', 'nope'),
        }),
      'NOT_FOUND',
      'targetRecommendationId',
    );
    await invalid(
      () =>
        mutate('mergeRecommendation', {
          id,
          expectedVersion: 1,
          targetRecommendationId: guideline,
        }),
      /Recommendation/,
    );
  });

  it('merges into the target, which the merged one points at', async () => {
    const source = await draft('Teilidee Netzwerk');
    const target = await draft('Gesamtidee Netzwerk');
    const response = await mutate<{
      version: number;
      recommendation: {
        status: string;
        reason: string | null;
        mergedInto: { id: string; title: string } | null;
      };
    }>(
      'mergeRecommendation',
      { id: source, expectedVersion: 1, targetRecommendationId: target, reason: 'Gleiche Idee' },
      'team',
      'version recommendation { status reason mergedInto { id title } }',
    );
    expect(response.data?.mergeRecommendation).toEqual({
      version: 2,
      recommendation: {
        status: 'merged',
        reason: 'Gleiche Idee',
        mergedInto: { id: target, title: 'Gesamtidee Netzwerk' },
      },
    });
    await refused(
      () =>
        mutate('mergeRecommendation', {
          id: source,
          expectedVersion: 2,
          targetRecommendationId: target,
        }),
      'INVALID_TRANSITION',
    );
  });
});

describe('splitRecommendation', () => {
  it('splits into drafted parts that keep the original’s suggestions and action fields', async () => {
    const id = await draft('Großes Paket', { derivedFrom: [suggestion(2)] });
    const response = await mutate<{
      version: number;
      recommendation: {
        status: string;
        splitInto: {
          title: string;
          body: string;
          status: string;
          splitFrom: { id: string } | null;
          derivedFrom: { id: string }[];
          actionFields: { title: string }[];
        }[];
      };
    }>(
      'splitRecommendation',
      {
        id,
        expectedVersion: 1,
        parts: [
          { title: 'Paket Teil A', body: 'A' },
          { title: 'Paket Teil B', body: 'B' },
        ],
      },
      'team',
      `version recommendation { status splitInto {
        title body status splitFrom { id } derivedFrom { id } actionFields { title }
      } }`,
    );
    expect(response.errors).toBeUndefined();
    const part = (title: string, body: string) => ({
      title,
      body,
      status: 'draft',
      splitFrom: { id },
      derivedFrom: [{ id: suggestion(2) }],
      actionFields: [{ title: 'Digitalisierung in der mittelständischen Industrie' }],
    });
    expect(response.data?.splitRecommendation).toEqual({
      version: 2,
      recommendation: {
        status: 'split',
        splitInto: [part('Paket Teil A', 'A'), part('Paket Teil B', 'B')],
      },
    });
  });

  it('refuses fewer than two parts, oversized parts and a closed original', async () => {
    const id = await draft('Zu teilen');
    const split = (parts: unknown[], expectedVersion = 1) =>
      mutate('splitRecommendation', { id, expectedVersion, parts });
    await refused(() => split([{ title: 'Nur einer', body: 'x' }]), 'BAD_USER_INPUT', 'parts');
    await refused(
      () =>
        split([
          { title: 'Eins', body: 'x' },
          { title: 'x'.repeat(201), body: 'x' },
        ]),
      'BAD_USER_INPUT',
      'parts.1.title',
    );
    await invalid(() => split([{ title: 'ohne Text' }, { title: 'b', body: 'b' }]), /body/);
    await mutate('withdrawRecommendation', { id, expectedVersion: 1, reason: 'weg' });
    await refused(
      () =>
        split(
          [
            { title: 'a', body: 'a' },
            { title: 'b', body: 'b' },
          ],
          2,
        ),
      'INVALID_TRANSITION',
    );
  });
});

describe('linkSuggestion and unlinkSuggestion', () => {
  it('links a suggestion (taking it up) and unlinks it with a reason', async () => {
    const id = await draft('Verknüpfungsprobe');
    const linked = await mutate<{
      version: number;
      recommendation: { derivedFrom: { id: string; status: string }[] };
    }>(
      'linkSuggestion',
      { id, expectedVersion: 1, suggestionId: suggestion(3) },
      'team',
      'version recommendation { derivedFrom { id status } }',
    );
    expect(linked.data?.linkSuggestion).toEqual({
      version: 2,
      recommendation: { derivedFrom: [{ id: suggestion(3), status: 'taken_up' }] },
    });
    await refused(
      () => mutate('linkSuggestion', { id, expectedVersion: 2, suggestionId: suggestion(3) }),
      'CONFLICT',
      'suggestionId',
    );
    await refused(
      () => mutate('linkSuggestion', { id, expectedVersion: 2, suggestionId: suggestion(99) }),
      'NOT_FOUND',
      'suggestionId',
    );
    await refused(
      () =>
        mutate(
          'linkSuggestion',
          { id, expectedVersion: 2, suggestionId: suggestion(4) },
          'partner',
        ),
      'FORBIDDEN',
    );
    await refused(
      () => mutate('unlinkSuggestion', { id, expectedVersion: 2, suggestionId: suggestion(3) }),
      'BAD_USER_INPUT',
      'reason',
    );
    await refused(
      () =>
        mutate('unlinkSuggestion', {
          id,
          expectedVersion: 2,
          suggestionId: suggestion(4),
          reason: 'x',
        }),
      'BAD_USER_INPUT',
      'suggestionId',
    );
    const unlinked = await mutate<{
      version: number;
      recommendation: { derivedFrom: { id: string }[] };
    }>(
      'unlinkSuggestion',
      { id, expectedVersion: 2, suggestionId: suggestion(3), reason: 'Passt nicht.' },
      'team',
      'version recommendation { derivedFrom { id } }',
    );
    expect(unlinked.data?.unlinkSuggestion).toEqual({
      version: 3,
      recommendation: { derivedFrom: [] },
    });
  });
});

describe('assignToGuideline and unassignFromGuideline', () => {
  it('assigns to a guideline, lists by it, and unassigns with a reason', async () => {
    const id = await draft('Leitlinienprobe');
    const assigned = await mutate<{
      version: number;
      recommendation: {
        guidelines: { id: string; title: string; recommendations: { id: string }[] }[];
      };
    }>(
      'assignToGuideline',
      { id, expectedVersion: 1, guidelineId: guideline },
      'team',
      'version recommendation { guidelines { id title recommendations { id } } }',
    );
    expect(assigned.data?.assignToGuideline).toEqual({
      version: 2,
      recommendation: {
        guidelines: [{ id: guideline, title: 'Leitlinie Vernetzung', recommendations: [{ id }] }],
      },
    });
    const byGuideline = await api.gql<{
      recommendations: { edges: { node: { id: string } }[] };
    }>(`query G($g: ID!) { recommendations(guideline: $g) { edges { node { id } } } }`, {
      g: guideline,
    });
    expect(byGuideline.data?.recommendations.edges).toEqual([{ node: { id } }]);
    await refused(
      () => mutate('assignToGuideline', { id, expectedVersion: 2, guidelineId: guideline }),
      'CONFLICT',
      'guidelineId',
    );
    await refused(
      () =>
        mutate('assignToGuideline', {
          id,
          expectedVersion: 2,
          guidelineId: gid('Guideline', 'nope'),
        }),
      'NOT_FOUND',
      'guidelineId',
    );
    await refused(
      () => mutate('unassignFromGuideline', { id, expectedVersion: 2, guidelineId: guideline }),
      'BAD_USER_INPUT',
      'reason',
    );
    await refused(
      () =>
        mutate(
          'unassignFromGuideline',
          { id, expectedVersion: 2, guidelineId: guideline, reason: 'x' },
          'ministry',
        ),
      'FORBIDDEN',
    );
    const unassigned = await mutate<{
      version: number;
      recommendation: { guidelines: { id: string }[] };
    }>(
      'unassignFromGuideline',
      { id, expectedVersion: 2, guidelineId: guideline, reason: 'Falsche Linie.' },
      'team',
      'version recommendation { guidelines { id } }',
    );
    expect(unassigned.data?.unassignFromGuideline).toEqual({
      version: 3,
      recommendation: { guidelines: [] },
    });
  });
});

describe('recommendations', () => {
  const titles = async (args: string) => {
    const response = await api.gql<{
      recommendations: {
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(`{ recommendations(${args}) { edges { node { title } } pageInfo { hasNextPage } } }`);
    expect(response.errors).toBeUndefined();
    return response.data?.recommendations.edges.map((edge) => edge.node.title);
  };

  it('finds German word forms: “Empfehlungen” finds “Empfehlung”, compounds inflected', async () => {
    await draft('Empfehlung zur Digitalisierungsstrategie im Mittelstand');
    expect(await titles('search: "Empfehlungen"')).toContain(
      'Empfehlung zur Digitalisierungsstrategie im Mittelstand',
    );
    expect(await titles('search: "Digitalisierungsstrategien"')).toEqual([
      'Empfehlung zur Digitalisierungsstrategie im Mittelstand',
    ]);
    expect(await titles('search: "Quantencomputer"')).toEqual([]);
  });

  it('filters by status, action field and priority, and pages', async () => {
    await draft('Filterprobe Arbeit', { actionFieldIds: [arbeit] });
    const byField = await titles(`actionField: "${arbeit}", first: 100`);
    expect(byField).toContain('Filterprobe Arbeit');
    expect(byField).not.toContain('Prüfpfad');
    const adopted = await titles('status: ["adopted"], first: 100');
    expect(adopted).toContain('Transferstelle Mittelstand');
    expect(adopted).not.toContain('Filterprobe Arbeit');
    const high = await titles('priority: HIGH, first: 100');
    expect(high).toContain('Transferstelle Mittelstand');
    expect(high).not.toContain('Prüfpfad');
    const page = await api.gql<{
      recommendations: {
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(
      '{ recommendations(first: 1) { edges { node { title } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(page.data?.recommendations.edges).toHaveLength(1);
    expect(page.data?.recommendations.pageInfo.hasNextPage).toBe(true);
  });

  it('travels in time by real-world date (asOfBasis OCCURRED)', async () => {
    const id = await draft('Werkstattergebnis 2017', { occurredAt: '2017-03-07T09:00:00Z' });
    const at = async (asOf: string) =>
      api.gql<{ node: { title: string; occurredAt: string } | null }>(
        `query N($id: ID!, $asOf: DateTime) { node(id: $id, asOf: $asOf, asOfBasis: OCCURRED) { ... on Item { title occurredAt } } }`,
        { id, asOf },
      );
    expect((await at('2017-01-01T00:00:00Z')).data?.node).toBeNull();
    expect((await at('2018-01-01T00:00:00Z')).data?.node).toEqual({
      title: 'Werkstattergebnis 2017',
      occurredAt: '2017-03-07T09:00:00.000Z',
    });
  });
});
