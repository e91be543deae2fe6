import { describe, expect, it } from 'vitest';
import { groupByActionField } from './group-by-field.js';

const field = (id: string) => ({ id, title: `Feld ${id}` });

describe('groupByActionField', () => {
  it('keeps the order of fields and items, and puts items without a field last', () => {
    const groups = groupByActionField([
      { name: 'a', actionField: field('2') },
      { name: 'b', actionField: null },
      { name: 'c', actionField: field('2') },
      { name: 'd', actionField: field('1') },
    ]);
    expect(groups.map((group) => [group.fieldTitle, group.items.map((item) => item.name)])).toEqual(
      [
        ['Feld 2', ['a', 'c']],
        ['Feld 1', ['d']],
        [null, ['b']],
      ],
    );
  });

  it('gives no groups for no changes', () => {
    expect(groupByActionField([])).toEqual([]);
  });
});
