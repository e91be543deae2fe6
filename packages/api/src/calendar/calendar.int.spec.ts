import type { ServerType } from '@hono/node-server';
import { encodeGlobalID } from '@pothos/plugin-relay';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../testing/listen.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';

/** The iCalendar feed over real HTTP, parsed by an independent reader (Mozilla's ical.js). */
let api: TestApi;
let server: ServerType;
let base: string;

beforeAll(async () => {
  api = await createDemoApi({}, '2026-12-05T10:00:00.000Z');
  ({ server, url: base } = await listen(api.app.fetch));
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await api.close();
});

const get = (query = '', language = 'de') =>
  fetch(`${base}/kalender.ics${query}`, { headers: { 'accept-language': language } });

interface Entry {
  readonly uid: string;
  readonly summary: string;
  readonly start: string;
  readonly allDay: boolean;
  readonly url: string;
  readonly description: string | null;
}

const entriesOf = async (response: Response): Promise<Entry[]> => {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      url: String(vevent.getFirstPropertyValue('url')),
      description: event.description,
    };
  });
};

describe('GET /kalender.ics', () => {
  it('lists the published meetings and every milestone as all-day entries linking to their pages', async () => {
    const entries = await entriesOf(await get());
    const conference = entries.find(
      (e) => e.summary === 'StrategieKonferenz: Industrie der ZUKUNFT',
    );
    expect(conference).toMatchObject({ start: '2017-03-07', allDay: true });
    expect(conference?.url).toMatch(new RegExp(`^${base}/items/`));
    const milestone = entries.find((e) => e.summary === 'Meilenstein: 1.000 Betriebe beraten');
    expect(milestone).toMatchObject({ start: '2025-06-30', allDay: true });
    expect(milestone?.description).toContain('Maßnahme: ');
    expect(entries.every((e) => e.allDay)).toBe(true);
    // The one cancelled meeting is not public, so no calendar shows it.
    expect(entries.map((e) => e.summary)).not.toContain(
      'Regionalwerkstatt Lausitz: Industrie im Strukturwandel',
    );
    expect(new Set(entries.map((e) => e.uid)).size).toBe(entries.length);
  });

  it('hides a meeting while it is cancelled, as anonymous callers of the API see it', async () => {
    const planned = await api.gql<{ planMeeting: { version: number; meeting: { id: string } } }>(
      `mutation($input: PlanMeetingInput!) { planMeeting(input: $input) { version meeting { id } } }`,
      {
        input: {
          title: 'Werkstatt Kalender',
          kind: 'WORKSHOP',
          date: '2027-02-03',
          place: 'Dresden',
          actionFieldIds: [encodeGlobalID('ActionField', 'hf-digitalisierung')],
        },
      },
    );
    expect(planned.errors).toBeUndefined();
    const meeting = planned.data?.planMeeting;
    expect((await entriesOf(await get())).map((e) => e.summary)).toContain('Werkstatt Kalender');
    const cancelled = await api.gql(
      `mutation($id: ID!, $v: Int!) { cancelMeeting(input: { id: $id, expectedVersion: $v, reason: "Raum fehlt" }) { meeting { status } } }`,
      { id: meeting?.meeting.id, v: meeting?.version },
    );
    expect(cancelled.errors).toBeUndefined();
    expect((await entriesOf(await get())).map((e) => e.summary)).not.toContain(
      'Werkstatt Kalender',
    );
  });

  it('filters by process and by action field', async () => {
    const fachkraefte = await entriesOf(await get('?process=fachkraefte-2030'));
    expect(fachkraefte.map((e) => e.summary)).toEqual(['Regionalforum Fachkräfte Chemnitz']);
    const digital = await entriesOf(await get('?actionField=hf-digitalisierung'));
    expect(digital.map((e) => e.summary)).toContain('Meilenstein: 1.000 Betriebe beraten');
    expect(digital.map((e) => e.summary)).not.toContain('Regionalforum Fachkräfte Chemnitz');
  });

  it('is the same file in every time zone and on every request, and in English on request', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = await (await get()).text();
      process.env.TZ = 'Pacific/Pago_Pago';
      const west = await (await get()).text();
      expect(west).toBe(east);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const english = await entriesOf(await get('', 'en'));
    expect(english.map((e) => e.summary)).toContain('Milestone: 1.000 Betriebe beraten');
  });

  it.each([
    ['?process=Nicht%20gültig', 400, 'BAD_USER_INPUT', 'process'],
    ['?process=gibt-es-nicht', 404, 'NOT_FOUND', 'process'],
    ['?actionField=%3Cscript%3E', 400, 'BAD_USER_INPUT', 'actionField'],
    ['?actionField=hf-gibt-es-nicht', 404, 'NOT_FOUND', 'actionField'],
  ])('refuses %s with %i %s naming the parameter', async (query, status, code, field) => {
    const response = await get(query);
    expect(response.status).toBe(status);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string; field: string } }[];
    };
    expect(body.errors[0]?.extensions).toEqual({ code, field });
    expect(body.errors[0]?.message).toMatch(/Strategieprozess|Kurzname|Handlungsfeld/);
  });
});
