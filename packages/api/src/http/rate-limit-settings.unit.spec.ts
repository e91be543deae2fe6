import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { DEFAULT_RATE_LIMIT } from './rate-limit-settings.js';

describe('when the environment says nothing about rate limits', () => {
  it('uses the defaults', () => {
    expect(loadConfig({}).rateLimit).toEqual(DEFAULT_RATE_LIMIT);
  });
});

describe('when the environment sets them', () => {
  it('takes them', () => {
    const config = loadConfig({
      FAHRPLAN_RATE_LIMIT_PER_MINUTE: '1200',
      FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE: ' 30 ',
      FAHRPLAN_TRUST_PROXY: 'true',
    });
    expect(config.rateLimit).toEqual({ perToken: 1200, perAddress: 30, trustProxy: true });
  });

  it.each([
    ['FAHRPLAN_RATE_LIMIT_PER_MINUTE', '0'],
    ['FAHRPLAN_RATE_LIMIT_PER_MINUTE', 'viele'],
    ['FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE', '2.5'],
    ['FAHRPLAN_TRUST_PROXY', 'yes please'],
  ])('refuses %s=%s at start-up', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
