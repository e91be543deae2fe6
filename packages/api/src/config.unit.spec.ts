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
