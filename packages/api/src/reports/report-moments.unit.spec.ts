import { calendarDateIn } from '@fahrplan/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { reportDocument } from './report-document.js';
import { reportMomentsOf } from './report-moments.js';

const NOW = '2026-12-05T10:00:00.000Z';
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('reportMomentsOf', () => {
  it.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'reads bare dates as days of the installation, whatever the process zone (%s)',
    (processZone) => {
      process.env.TZ = processZone;
      expect(
        reportMomentsOf({ asOf: '2026-03-01', since: '2026-01-01' }, NOW, 'Europe/Berlin'),
      ).toEqual({
        asOf: '2026-03-01T22:59:59.999Z',
        since: '2025-12-31T23:00:00.000Z',
        day: '2026-03-01',
      });
    },
  );

  it('takes today as "now so far", and counts days where the installation is', () => {
    expect(reportMomentsOf({ asOf: '2026-12-05' }, NOW, 'Europe/Berlin')).toEqual({
      day: '2026-12-05',
    });
    expect(reportMomentsOf({}, '2026-12-05T23:30:00.000Z', 'Europe/Berlin')).toEqual({
      day: '2026-12-06',
    });
    expect(reportMomentsOf({ asOf: '2026-12-06' }, NOW, 'Europe/Berlin')).toMatchObject({
      status: 400,
      field: 'asOf',
    });
  });

  it('accepts a date-time with its zone', () => {
    expect(reportMomentsOf({ asOf: '2026-03-01T12:00:00+01:00' }, NOW, 'Europe/Berlin')).toEqual({
      asOf: '2026-03-01T11:00:00.000Z',
      day: '2026-03-01',
    });
  });
});

describe('reportDocument', () => {
  it('gives moments in the installation’s time zone, whatever the process zone', () => {
    process.env.TZ = 'Pacific/Pago_Pago';
    const document = reportDocument(
      { actionFields: new Map(), measures: [] },
      {
        asOf: '2026-12-05T23:30:00.000Z',
        generatedAt: '2026-12-06T08:00:00.000Z',
        day: calendarDateIn('2026-12-05T23:30:00.000Z', 'Europe/Berlin'),
        timeZone: 'Europe/Berlin',
        locale: 'de',
        receipt: { missing: { de: 'Ohne Prüfbeleg.', en: 'No receipt.' } },
      },
    );
    const text = JSON.stringify(document.content);
    expect(text).toContain('Stand vom 6. Dezember 2026 um 00:30 (Europe/Berlin)');
    expect(text).toContain('Erstellt am 6. Dezember 2026 um 09:00 (Europe/Berlin)');
    expect(text).toContain('Ohne Prüfbeleg.');
  });
});
