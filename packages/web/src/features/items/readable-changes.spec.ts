import { describe, expect, it } from 'vitest';
import { readableChanges, titlesByRawId } from './readable-changes.js';

const show = {
  status: (status: string) => (status === 'planned' ? 'Geplant' : status),
  moment: (iso: string) => `am ${iso.slice(0, 10)}`,
  titles: titlesByRawId([
    { id: btoa('ActionField:hf-digitalisierung'), title: 'Digitalisierung' },
    { id: btoa('Recommendation:2da8e768'), title: 'Offene Testfelder' },
  ]),
};

describe('readableChanges', () => {
  it('leaves out identity fields and names referenced items by their titles', () => {
    expect(
      readableChanges(
        [
          { field: 'measureId', before: null, after: '94d3496a' },
          { field: 'actionFieldIds', before: null, after: ['hf-digitalisierung'] },
          { field: 'adoptedFrom', before: null, after: '2da8e768' },
        ],
        show,
      ),
    ).toEqual([
      { field: 'actionFieldIds', before: null, after: ['Digitalisierung'] },
      { field: 'adoptedFrom', before: null, after: 'Offene Testfelder' },
    ]);
  });

  it('shows moments as dates and statuses by their label, and keeps other text', () => {
    expect(
      readableChanges(
        [
          { field: 'plannedEnd', before: null, after: '2029-12-31T00:00:00.000Z' },
          { field: 'status', before: null, after: 'planned' },
          { field: 'owner', before: 'Referat 31', after: 'SMWA, Referat 31' },
        ],
        show,
      ),
    ).toEqual([
      { field: 'plannedEnd', before: null, after: 'am 2029-12-31' },
      { field: 'status', before: null, after: 'Geplant' },
      { field: 'owner', before: 'Referat 31', after: 'SMWA, Referat 31' },
    ]);
  });
});
