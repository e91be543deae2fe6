import { describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../config.js';

/**
 * The spec of one group of settings from the environment: with nothing set, `read` gives the
 * `defaults`; with `environment` set, `taken` checks what `read` gives; each (name, value) of
 * `refused` stops the start-up with an error naming the variable.
 */
export const describeSettings = <Settings>(spec: {
  readonly what: string;
  readonly read: (config: Config) => Settings;
  readonly defaults: Settings;
  readonly environment: Readonly<Record<string, string>>;
  readonly taken: (settings: Settings) => void;
  readonly refused: readonly (readonly [name: string, value: string])[];
}) => {
  describe(`when the environment says nothing about ${spec.what}`, () => {
    it('uses the defaults', () => {
      expect(spec.read(loadConfig({}))).toEqual(spec.defaults);
    });
  });

  describe('when the environment sets them', () => {
    it('takes them', () => {
      spec.taken(spec.read(loadConfig(spec.environment)));
    });

    it.each(spec.refused)('refuses %s=%s at start-up', (name, value) => {
      expect(() => loadConfig({ [name]: value })).toThrow(name);
    });
  });
};
