import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractViolations, RELEASED_SCHEMA_FILE } from './contract-check.js';
import { SCHEMA_FILE } from './print-schema.js';

/**
 * The breaking-change check: `schema.graphql` against the released contract, and the checker
 * itself on small contracts with a breaking and a non-breaking change.
 */
const TODAY = '2027-01-15';

const RELEASED = `
type Query {
  recommendations(status: [String!] @deprecated(reason: "Use \`statuses\`. Removal after 2027-01-01."), statuses: [RecommendationStatus!]): [Recommendation!]!
  legacy: Legacy @deprecated(reason: "Use \`recommendations\`. Removal after 2027-01-01.")
}
type Recommendation {
  title: String!
  status: RecommendationStatus!
  history: [String!]! @deprecated(reason: "Use \`historyEntries\`. Removal after 2027-06-30.")
  oldTitle: String @deprecated(reason: "Use \`title\`.")
}
type Legacy { id: ID! }
enum RecommendationStatus { draft adopted }
`;

const changed = (from: string, to: string) => {
  expect(RELEASED).toContain(from);
  return RELEASED.replace(from, to);
};

describe('the committed schema.graphql', () => {
  it('keeps every promise of the released contract (contract/released.graphql)', async () => {
    const violations = await contractViolations(
      readFileSync(RELEASED_SCHEMA_FILE, 'utf8'),
      readFileSync(SCHEMA_FILE, 'utf8'),
      new Date().toISOString().slice(0, 10),
    );
    expect(violations).toEqual([]);
  });
});

describe('the contract check', () => {
  it('lets a non-breaking change through: a new field, a new enum value', async () => {
    const next = changed('  title: String!\n', '  title: String!\n  summary: String\n').replace(
      'enum RecommendationStatus { draft adopted }',
      'enum RecommendationStatus { draft adopted merged }',
    );
    expect(await contractViolations(RELEASED, next, TODAY)).toEqual([]);
  });

  it.each([
    [
      'removing a field that was never deprecated',
      '  title: String!\n',
      '',
      'Recommendation.title',
    ],
    [
      'changing a field’s type, even to an enum',
      '  title: String!\n',
      '  title: RecommendationStatus!\n',
      'Recommendation.title',
    ],
    [
      'removing a deprecated field whose reason names no removal date',
      '  oldTitle: String @deprecated(reason: "Use `title`.")\n',
      '',
      'Recommendation.oldTitle',
    ],
  ])('refuses %s', async (_change, from, to, path) => {
    const violations = await contractViolations(RELEASED, changed(from, to), TODAY);
    expect(violations.map((violation) => violation.path)).toEqual([path]);
  });

  it('lets a deprecated field go once its removal date has passed', async () => {
    const next = changed(
      '  history: [String!]! @deprecated(reason: "Use `historyEntries`. Removal after 2027-06-30.")\n',
      '',
    );
    expect(await contractViolations(RELEASED, next, '2027-07-01')).toEqual([]);
    const early = await contractViolations(RELEASED, next, TODAY);
    expect(early.map((violation) => violation.path)).toEqual(['Recommendation.history']);
  });

  it('lets a deprecated argument go, and a type whose every use went', async () => {
    const next = RELEASED.replace(/status: \[String!\] @deprecated\(reason: "[^"]*"\), /, '')
      .replace(/ {2}legacy: Legacy @deprecated\(reason: "[^"]*"\)\n/, '')
      .replace('type Legacy { id: ID! }\n', '');
    expect(next).not.toContain('Legacy');
    expect(await contractViolations(RELEASED, next, TODAY)).toEqual([]);
  });
});
