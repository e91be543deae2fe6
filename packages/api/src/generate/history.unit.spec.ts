import { describe, expect, it } from 'vitest';
import { allProcesses, appendsOf, describeFailures } from './generate.js';

const generated = async (events: number, seed: number) =>
  (await allProcesses(events, seed)).flatMap(({ result }) => appendsOf(result, seed));

describe('the generated history', () => {
  it('runs through the domain without a refused command, about as long as asked', async () => {
    let events = 0;
    const kinds = new Set<string>();
    for (const { result } of await allProcesses(60_000, 7)) {
      expect(describeFailures(result.failures)).toBe('');
      events += result.log.length;
      for (const { kind } of result.log) kinds.add(kind);
    }
    expect(events).toBeGreaterThan(50_000);
    expect(events).toBeLessThan(75_000);
    expect([...kinds].sort()).toEqual([
      'ActionField',
      'Guideline',
      'Measure',
      'Meeting',
      'ProjectIdea',
      'Recommendation',
      'Suggestion',
    ]);
  });

  it('is the same for the same seed, and another for another seed', async () => {
    const first = await generated(3000, 42);
    expect(await generated(3000, 42)).toEqual(first);
    expect(await generated(3000, 43)).not.toEqual(first);
  });

  it('spreads over 2016–2030, with merges, splits, personal data and a long history', async () => {
    const appends = await generated(20_000, 3);
    const events = appends.flatMap((append) => append.events);
    const years = events.map((event) => event.occurredAt.slice(0, 4)).sort();
    expect(years[0]).toBe('2016');
    expect(years.at(-1)).toBe('2030');
    const types = new Set(events.map((event) => event.type));
    for (const type of [
      'RecommendationMerged',
      'RecommendationSplit',
      'MeasureProgressReported',
      'MilestoneReached',
      'SuggestionTakenUp',
      'ProjectLaunched',
    ]) {
      expect(types, type).toContain(type);
    }
    expect(events.filter((event) => event.personalData?.length).length).toBeGreaterThan(100);
    const lengths = new Map<string, number>();
    for (const append of appends) {
      lengths.set(append.streamId, (lengths.get(append.streamId) ?? 0) + append.events.length);
    }
    expect(Math.max(...lengths.values())).toBeGreaterThan(1000);
  });
});
