import { describe, expect, it } from 'vitest';
import { addEdge } from '../shared/index.js';
import { MEASURE_STATUSES, measure, measureStatusLabels } from './index.js';
import {
  adoption,
  command,
  id,
  milestonePlanned,
  plan,
  planned,
  started,
} from './testing/fixtures.js';

const self = { kind: 'Measure', id } as const;

describe('provenanceOf', () => {
  it('links a planned measure to its recommendation and action fields', () =>
    expect(measure.provenanceOf(planned, id)).toEqual([
      addEdge('adoptedFrom', { kind: 'Recommendation', id: adoption.adoptedFrom }, self),
      addEdge('coversField', { kind: 'ActionField', id: 'af-digital' }, self),
    ]));
  it('adds no edge for later events', () => {
    expect(measure.provenanceOf(started, id)).toEqual([]);
    expect(measure.provenanceOf(milestonePlanned, id)).toEqual([]);
  });
});

describe('reactionsTo', () => {
  it('sets off nothing', () => {
    expect(measure.reactionsTo(planned, id)).toEqual([]);
    expect(measure.reactionsTo(started, id)).toEqual([]);
  });
});

describe('referencesOf', () => {
  it('names the recommendation and the action fields of a plan', () =>
    expect(measure.referencesOf(plan({ actionFieldIds: ['af-digital', 'af-arbeit'] }))).toEqual([
      { kind: 'Recommendation', id: adoption.adoptedFrom, field: 'adoptedFrom' },
      { kind: 'ActionField', id: 'af-digital', field: 'actionFieldIds.0' },
      { kind: 'ActionField', id: 'af-arbeit', field: 'actionFieldIds.1' },
    ]));
  it('names nothing for later commands', () =>
    expect(measure.referencesOf(command('StartMeasure', {}))).toEqual([]));
});

describe('targetOf', () => {
  it('is the measure id', () => expect(measure.targetOf(plan())).toBe(id));
});

describe('labels', () => {
  it('name every status in German and English', () =>
    expect(Object.keys(measureStatusLabels).sort()).toEqual([...MEASURE_STATUSES].sort()));
});
