import { describe, expect, it } from 'vitest';
import { KIND_LABELS, STATUS_LABELS } from './labels.js';
import { AGGREGATES, kindOfCommand, kindOfEvent } from './registry.js';
import { AGGREGATE_KINDS } from './shared/index.js';

describe('the aggregate registry', () => {
  it('holds all seven aggregates under their kind', () => {
    expect(Object.keys(AGGREGATES).sort()).toEqual([...AGGREGATE_KINDS].sort());
    for (const [kind, aggregate] of Object.entries(AGGREGATES)) expect(aggregate.kind).toBe(kind);
  });

  it('finds the aggregate of a command and of an event', () => {
    expect(kindOfCommand('AdoptRecommendation')).toBe('Recommendation');
    expect(kindOfEvent('MilestoneReached')).toBe('Measure');
    expect(kindOfCommand('Unknown')).toBeUndefined();
  });

  it('uses every command and event type once across aggregates', () => {
    const commands = Object.values(AGGREGATES).flatMap((a) => a.commandTypes);
    const events = Object.values(AGGREGATES).flatMap((a) => a.eventTypes);
    expect(new Set(commands).size).toBe(commands.length);
    expect(new Set(events).size).toBe(events.length);
  });

  it('has German and English labels for every kind and every status', () => {
    for (const kind of AGGREGATE_KINDS) {
      expect(KIND_LABELS[kind].de).not.toBe('');
      for (const label of Object.values(STATUS_LABELS[kind])) {
        expect(label.de.length * label.en.length).toBeGreaterThan(0);
      }
    }
  });
});
