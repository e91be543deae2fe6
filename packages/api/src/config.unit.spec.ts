import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig: FAHRPLAN_TIME_ZONE', () => {
  it('is Europe/Berlin when not set', () => expect(loadConfig({}).timeZone).toBe('Europe/Berlin'));
  it('takes any IANA time zone', () =>
    expect(loadConfig({ FAHRPLAN_TIME_ZONE: 'America/Los_Angeles' }).timeZone).toBe(
      'America/Los_Angeles',
    ));
  it.each(['Europe/Berlinn', 'MEZ+1', 'Mars/Olympus'])('refuses %s at start, naming it', (zone) =>
    expect(() => loadConfig({ FAHRPLAN_TIME_ZONE: zone })).toThrow(
      `FAHRPLAN_TIME_ZONE must be an IANA time zone such as Europe/Berlin, got "${zone}"`,
    ),
  );
});

describe('loadConfig: FAHRPLAN_READ_DATABASE_URL', () => {
  const primary = { DATABASE_URL: 'postgres://app@primary/fahrplan' };
  it('is off when not set', () => expect(loadConfig(primary).readReplica).toBeUndefined());
  it('names the replica, 10 s of lag allowed unless told', () =>
    expect(
      loadConfig({ ...primary, FAHRPLAN_READ_DATABASE_URL: 'postgres://app@replica/fahrplan' })
        .readReplica,
    ).toEqual({ url: 'postgres://app@replica/fahrplan', maxLagSeconds: 10 }));
  it('takes another lag bound', () =>
    expect(
      loadConfig({
        ...primary,
        FAHRPLAN_READ_DATABASE_URL: 'postgres://app@replica/fahrplan',
        FAHRPLAN_READ_MAX_LAG_SECONDS: '3',
      }).readReplica?.maxLagSeconds,
    ).toBe(3));
  it('refuses a replica of the embedded database', () =>
    expect(() =>
      loadConfig({ FAHRPLAN_READ_DATABASE_URL: 'postgres://app@replica/fahrplan' }),
    ).toThrow('FAHRPLAN_READ_DATABASE_URL needs DATABASE_URL'));
});

describe('loadConfig: OpenTelemetry', () => {
  it('traces nothing unless an endpoint is set', () =>
    expect(loadConfig({}).operations.otlpTracesEndpoint).toBeUndefined());
  it('sends traces to the standard path below OTEL_EXPORTER_OTLP_ENDPOINT', () =>
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).operations
        .otlpTracesEndpoint,
    ).toBe('http://collector:4318/v1/traces'));
  it('takes the traces endpoint as given', () =>
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/v1/traces',
      }).operations.otlpTracesEndpoint,
    ).toBe('https://traces.example/v1/traces'));
  it('refuses what is no URL', () =>
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL',
    ));
});

describe('loadConfig: single sign-on (FAHRPLAN_OIDC_…)', () => {
  const oidc = {
    FAHRPLAN_OIDC_ISSUER: 'https://login.example.org/realms/stmwi',
    FAHRPLAN_OIDC_CLIENT_ID: 'fahrplan',
    FAHRPLAN_OIDC_CLIENT_SECRET: 'geheim',
    FAHRPLAN_OIDC_REDIRECT_URL: 'https://fahrplan.example.org/auth/oidc/callback',
    FAHRPLAN_OIDC_ROLE_MAP: JSON.stringify({
      'fahrplan-team-idz': { role: 'team', process: 'sp-industrie-der-zukunft' },
      'stmwi-leitung': { role: 'ministry' },
    }),
  };
  it('is off without an issuer', () => expect(loadConfig({}).people.oidc).toBeUndefined());
  it('maps groups to grants, with the default scopes and groups claim', () => {
    const settings = loadConfig(oidc).people.oidc;
    expect(settings?.scopes).toBe('openid email profile');
    expect(settings?.groupsClaim).toBe('groups');
    expect(Object.fromEntries(settings?.roleMap ?? [])).toEqual({
      'fahrplan-team-idz': { role: 'team', processId: 'sp-industrie-der-zukunft' },
      'stmwi-leitung': { role: 'ministry', processId: null },
    });
  });
  it.each([
    ['FAHRPLAN_OIDC_CLIENT_ID', '', /CLIENT_ID is required/],
    ['FAHRPLAN_OIDC_REDIRECT_URL', 'http://fahrplan.example.org/cb', /must be an https URL/],
    ['FAHRPLAN_OIDC_SCOPES', 'email groups', /must include openid/],
    ['FAHRPLAN_OIDC_ROLE_MAP', '', /ROLE_MAP is required/],
    ['FAHRPLAN_OIDC_ROLE_MAP', '{"a": ', /is not JSON/],
    ['FAHRPLAN_OIDC_ROLE_MAP', '[]', /must be a JSON object/],
    ['FAHRPLAN_OIDC_ROLE_MAP', '{}', /maps no group/],
    ['FAHRPLAN_OIDC_ROLE_MAP', '{"a": {"role": "chef"}}', /"a" needs a role/],
    ['FAHRPLAN_OIDC_ROLE_MAP', '{"a": {"role": "team"}}', /"a": The role "team" holds in one/],
  ])('refuses %s = %s', (name, value, message) =>
    expect(() => loadConfig({ ...oidc, [name]: value })).toThrow(message),
  );
});

describe('loadConfig: mail', () => {
  const smtp = { FAHRPLAN_SMTP_URL: 'smtp://relay.example.org:587' };
  it('sends nothing without FAHRPLAN_SMTP_URL; links point at the local server', () => {
    const config = loadConfig({ PORT: '3100' });
    expect(config.mail).toBeUndefined();
    expect(config.publicUrl).toBe('http://localhost:3100');
  });
  it('reads the relay, the sender and the public address', () => {
    const config = loadConfig({
      ...smtp,
      FAHRPLAN_MAIL_FROM: 'Fahrplan <beteiligung@example.org>',
      FAHRPLAN_PUBLIC_URL: 'https://fahrplan.example.org/',
    });
    expect(config.mail).toMatchObject({
      smtpUrl: 'smtp://relay.example.org:587',
      from: 'Fahrplan <beteiligung@example.org>',
      maxAttempts: 8,
    });
    expect(config.publicUrl).toBe('https://fahrplan.example.org');
  });
  it.each([
    [{ ...smtp }, 'FAHRPLAN_MAIL_FROM is required'],
    [{ FAHRPLAN_SMTP_URL: 'http://relay', FAHRPLAN_MAIL_FROM: 'a@b.c' }, 'smtp:// or smtps://'],
    [{ ...smtp, FAHRPLAN_MAIL_FROM: 'a@b.c', FAHRPLAN_MAIL_MAX_ATTEMPTS: '0' }, 'at least 1'],
    [{ FAHRPLAN_PUBLIC_URL: 'fahrplan.example.org' }, 'FAHRPLAN_PUBLIC_URL must be'],
  ])('refuses a half or wrong configuration at start (%#)', (env, message) =>
    expect(() => loadConfig(env)).toThrow(message),
  );
});

describe('loadConfig: open data', () => {
  it('publishes under the Datenlizenz Deutschland – Namensnennung 2.0 unless told', () =>
    expect(loadConfig({}).openData).toEqual({
      licence: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      publisher: { name: 'Fahrplan' },
    }));
  it('takes another licence, the publisher, a contact and GovData’s provider id', () =>
    expect(
      loadConfig({
        FAHRPLAN_OPEN_DATA_LICENSE: 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
        FAHRPLAN_OPEN_DATA_PUBLISHER: 'Sächsisches Staatsministerium für Wirtschaft',
        FAHRPLAN_OPEN_DATA_PUBLISHER_URL: 'https://www.smwa.sachsen.de',
        FAHRPLAN_OPEN_DATA_CONTACT_EMAIL: 'daten@smwa.example',
        FAHRPLAN_OPEN_DATA_CONTRIBUTOR_ID: 'http://dcat-ap.de/def/contributors/sachsen',
      }).openData,
    ).toEqual({
      licence: 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
      publisher: {
        name: 'Sächsisches Staatsministerium für Wirtschaft',
        url: 'https://www.smwa.sachsen.de',
      },
      contactEmail: 'daten@smwa.example',
      contributorId: 'http://dcat-ap.de/def/contributors/sachsen',
    }));
  it.each([
    ['FAHRPLAN_OPEN_DATA_LICENSE', 'CC-BY', /licence URI of DCAT-AP.de/],
    ['FAHRPLAN_OPEN_DATA_PUBLISHER_URL', 'smwa.sachsen.de', /must be an http\(s\) address/],
    ['FAHRPLAN_OPEN_DATA_CONTACT_EMAIL', 'daten at smwa', /must be an e-mail address/],
  ])('refuses %s = %s', (name, value, message) =>
    expect(() => loadConfig({ [name]: value })).toThrow(message),
  );
});

describe('loadConfig: consultations', () => {
  it('reads the ALTCHA secret and the per-address limit', () => {
    const config = loadConfig({
      FAHRPLAN_ALTCHA_SECRET: 'geheim',
      FAHRPLAN_CONSULTATION_SUBMISSIONS_PER_MINUTE: '5',
    });
    expect(config.consultations).toMatchObject({
      proofOfWork: { secret: 'geheim' },
      perAddressPerMinute: 5,
      generatedSecret: false,
    });
  });
  it('makes a secret of its own without one (embedded setup), three submissions a minute', () => {
    const config = loadConfig({});
    expect(config.consultations.generatedSecret).toBe(true);
    expect(config.consultations.proofOfWork.secret).toMatch(/^[\w-]{43}$/);
    expect(config.consultations.perAddressPerMinute).toBe(3);
  });
  it('refuses a limit that is not a positive number', () =>
    expect(() => loadConfig({ FAHRPLAN_CONSULTATION_SUBMISSIONS_PER_MINUTE: '0' })).toThrow(
      'FAHRPLAN_CONSULTATION_SUBMISSIONS_PER_MINUTE',
    ));
});
