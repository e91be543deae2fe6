import { PERMISSIONS } from '@fahrplan/domain';
import { describe, expect, it } from 'vitest';
import { commandOfMutation, whoMay } from './command-mutation.js';
import { schema } from './schema/index.js';

const SENTENCES = [
  'Project team.',
  'Team or ministry.',
  'Ministry only.',
  'Admins only.',
  'Anyone, without an account.',
];

describe('the role sentence of a mutation description', () => {
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  const commandMutations = mutations.filter((field) =>
    Object.hasOwn(PERMISSIONS, commandOfMutation(field.name)),
  );

  it('reads the permission table in words', () => {
    expect(whoMay('DefineActionField')).toBe('Project team.');
    expect(whoMay('RetireActionField')).toBe('Team or ministry.');
    expect(whoMay('AdoptRecommendation')).toBe('Ministry only.');
    expect(whoMay('GrantRole')).toBe('Admins only.');
    expect(whoMay('TakeUpSuggestion')).toBeUndefined();
  });

  it('ends every command mutation, once, with who may run it', () => {
    expect(commandMutations.length).toBeGreaterThanOrEqual(48);
    for (const field of commandMutations) {
      const who = whoMay(commandOfMutation(field.name) as keyof typeof PERMISSIONS);
      expect(field.description, field.name).toMatch(
        new RegExp(`[^ ] ${who?.replace('.', '\\.')}$`),
      );
      const said = SENTENCES.filter((sentence) => field.description?.includes(sentence));
      expect(said, field.name).toEqual([who]);
    }
  });
});
