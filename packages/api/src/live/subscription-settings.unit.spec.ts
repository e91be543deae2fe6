import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { DEFAULT_SUBSCRIPTIONS } from './subscription-settings.js';

describe('when the environment says nothing about subscriptions', () => {
  it('uses the defaults: 20 per token, 10 per anonymous address, 1000 in all', () => {
    expect(loadConfig({}).subscriptions).toEqual(DEFAULT_SUBSCRIPTIONS);
    expect(DEFAULT_SUBSCRIPTIONS).toMatchObject({ perToken: 20, perAddress: 10, total: 1000 });
  });
});

describe('when the environment sets them', () => {
  it('takes them', () => {
    const config = loadConfig({
      FAHRPLAN_SUBSCRIPTIONS_PER_TOKEN: '5',
      FAHRPLAN_ANONYMOUS_SUBSCRIPTIONS_PER_ADDRESS: '2',
      FAHRPLAN_SUBSCRIPTIONS_TOTAL: '50',
      FAHRPLAN_SUBSCRIPTION_BUFFER: '100',
    });
    expect(config.subscriptions).toMatchObject({
      perToken: 5,
      perAddress: 2,
      total: 50,
      bufferLimit: 100,
    });
  });

  it.each([
    ['FAHRPLAN_SUBSCRIPTIONS_PER_TOKEN', '0'],
    ['FAHRPLAN_ANONYMOUS_SUBSCRIPTIONS_PER_ADDRESS', 'zehn'],
    ['FAHRPLAN_SUBSCRIPTIONS_TOTAL', '-1'],
    ['FAHRPLAN_SUBSCRIPTION_BUFFER', '1.5'],
  ])('refuses %s=%s at start-up', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
