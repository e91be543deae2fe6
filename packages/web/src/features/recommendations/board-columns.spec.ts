import { describe, expect, it } from 'vitest';
import { BOARD_STATUSES, groupByStatus } from './board-columns.js';

const card = (title: string, status: string) => ({ title, status });

describe('grouping the board into columns', () => {
  it('has one column per status, open ones first, in the order a recommendation moves', () => {
    expect(groupByStatus([]).map((column) => column.status)).toEqual([
      'draft',
      'in_review',
      'prioritised',
      'adopted',
      'rejected',
      'withdrawn',
      'merged',
      'split',
    ]);
    expect(BOARD_STATUSES).toHaveLength(8);
  });

  it('puts each card into its status column, keeping the order the API gave', () => {
    const columns = groupByStatus([
      card('Digitalisierungslotsen für KMU', 'adopted'),
      card('Flexible Arbeitsmodelle', 'draft'),
      card('Testfelder und Reallabore', 'prioritised'),
      card('Zirkuläre Wertschöpfung', 'draft'),
    ]);
    const titles = Object.fromEntries(
      columns.map((column) => [column.status, column.cards.map((each) => each.title)]),
    );
    expect(titles.draft).toEqual(['Flexible Arbeitsmodelle', 'Zirkuläre Wertschöpfung']);
    expect(titles.prioritised).toEqual(['Testfelder und Reallabore']);
    expect(titles.adopted).toEqual(['Digitalisierungslotsen für KMU']);
    expect(titles.in_review).toEqual([]);
  });

  it('drops cards of a status it does not know instead of inventing a column', () => {
    const columns = groupByStatus([card('A', 'archived'), card('B', 'merged')]);
    expect(columns.flatMap((column) => column.cards)).toEqual([card('B', 'merged')]);
  });

  it('handles 500 cards in one pass', () => {
    const statuses = ['draft', 'in_review', 'prioritised', 'adopted', 'rejected'];
    const cards = Array.from({ length: 500 }, (_, index) =>
      card(`Empfehlung ${String(index).padStart(3, '0')}`, statuses[index % 5] ?? 'draft'),
    );
    const columns = groupByStatus(cards);
    expect(columns.map((column) => column.cards.length)).toEqual([
      100, 100, 100, 100, 100, 0, 0, 0,
    ]);
    expect(columns[0]?.cards[1]?.title).toBe('Empfehlung 005');
  });
});
