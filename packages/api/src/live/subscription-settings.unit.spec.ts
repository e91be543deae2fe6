import { expect, it } from 'vitest';
import { describeSettings } from '../testing/settings-spec.js';
import { DEFAULT_SUBSCRIPTIONS } from './subscription-settings.js';

describeSettings({
  what: 'subscriptions',
  read: (config) => config.subscriptions,
  defaults: DEFAULT_SUBSCRIPTIONS,
  environment: {
    FAHRPLAN_SUBSCRIPTIONS_PER_TOKEN: '5',
    FAHRPLAN_ANONYMOUS_SUBSCRIPTIONS_PER_ADDRESS: '2',
    FAHRPLAN_SUBSCRIPTIONS_TOTAL: '50',
    FAHRPLAN_SUBSCRIPTION_BUFFER: '100',
  },
  taken: (subscriptions) =>
    expect(subscriptions).toMatchObject({
      perToken: 5,
      perAddress: 2,
      total: 50,
      bufferLimit: 100,
    }),
  refused: [
    ['FAHRPLAN_SUBSCRIPTIONS_PER_TOKEN', '0'],
    ['FAHRPLAN_ANONYMOUS_SUBSCRIPTIONS_PER_ADDRESS', 'zehn'],
    ['FAHRPLAN_SUBSCRIPTIONS_TOTAL', '-1'],
    ['FAHRPLAN_SUBSCRIPTION_BUFFER', '1.5'],
  ],
});

it('defaults to 20 subscriptions per token, 10 per anonymous address, 1000 in all', () => {
  expect(DEFAULT_SUBSCRIPTIONS).toMatchObject({ perToken: 20, perAddress: 10, total: 1000 });
});
