import { expect } from 'vitest';
import { describeSettings } from '../testing/settings-spec.js';
import { DEFAULT_RATE_LIMIT } from './rate-limit-settings.js';

describeSettings({
  what: 'rate limits',
  read: (config) => config.rateLimit,
  defaults: DEFAULT_RATE_LIMIT,
  environment: {
    FAHRPLAN_RATE_LIMIT_PER_MINUTE: '1200',
    FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE: ' 30 ',
    FAHRPLAN_TRUST_PROXY: 'true',
  },
  taken: (rateLimit) =>
    expect(rateLimit).toEqual({ perToken: 1200, perAddress: 30, trustProxy: true }),
  refused: [
    ['FAHRPLAN_RATE_LIMIT_PER_MINUTE', '0'],
    ['FAHRPLAN_RATE_LIMIT_PER_MINUTE', 'viele'],
    ['FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE', '2.5'],
    ['FAHRPLAN_TRUST_PROXY', 'yes please'],
  ],
});
