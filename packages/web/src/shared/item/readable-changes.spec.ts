import { describe, expect, it } from 'vitest';
import { codeLabel } from './code-labels.js';
import { readableChanges, type Show } from './readable-changes.js';

const show: Show = {
  status: (status) => (status === 'planned' ? 'Geplant' : status),
  moment: (iso) => `am ${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`,
  code: (field, code) => codeLabel(field, code)?.de,
  item: (id) =>
    ({
      'hf-digitalisierung': { text: 'Digitalisierung', href: '/action-fields/x' },
      '2da8e768': { text: 'Offene Testfelder', href: '/recommendations/y' },
      'ws-2017': { text: 'Workshop Arbeit', href: '/meetings/z' },
    })[id],
  percent: (value) => `${value} %`,
  people: (count) => `${count} Personen`,
  milestone: (title, due, reached) =>
    [title, due && `fällig ${due}`, reached && `erreicht ${reached}`].filter(Boolean).join(' · '),
  hiddenItem: 'nicht öffentlich',
};

describe('readableChanges', () => {
  it('leaves out identity fields and names referenced items by title, with a link', () => {
    expect(
      readableChanges(
        [
          { field: 'measureId', before: null, after: '94d3496a' },
          { field: 'key', before: null, after: 'arbeit' },
          { field: 'actionFieldIds', before: null, after: ['hf-digitalisierung'] },
          { field: 'adoptedFrom', before: null, after: '2da8e768' },
          { field: 'originatesFrom', before: [], after: [{ kind: 'Meeting', id: 'ws-2017' }] },
          { field: 'derivedFrom', before: null, after: ['vs-unsichtbar'] },
        ],
        show,
      ),
    ).toEqual([
      {
        field: 'actionFieldIds',
        before: [],
        after: [{ text: 'Digitalisierung', href: '/action-fields/x' }],
        prose: false,
      },
      {
        field: 'adoptedFrom',
        before: [],
        after: [{ text: 'Offene Testfelder', href: '/recommendations/y' }],
        prose: false,
      },
      {
        field: 'originatesFrom',
        before: [],
        after: [{ text: 'Workshop Arbeit', href: '/meetings/z' }],
        prose: false,
      },
      // An id the caller may not see is not shown either.
      { field: 'derivedFrom', before: [], after: [{ text: 'nicht öffentlich' }], prose: false },
    ]);
  });

  it('shows keys by their labels, days and moments as dates, progress in percent', () => {
    expect(
      readableChanges(
        [
          { field: 'priority', before: null, after: 'high' },
          { field: 'channel', before: null, after: 'meeting' },
          { field: 'sector', before: 'industry', after: 'science' },
          { field: 'kind', before: null, after: 'workshop' },
          { field: 'date', before: null, after: '2017-06-28' },
          { field: 'plannedEnd', before: null, after: '2029-12-31T00:00:00.000Z' },
          { field: 'status', before: null, after: 'planned' },
          { field: 'progress', before: 62, after: 70 },
          { field: 'owner', before: 'Referat 31', after: 'SMWA, Referat 31' },
        ],
        show,
      ).map(({ field, before, after }) => [
        field,
        before.map((p) => p.text),
        after.map((p) => p.text),
      ]),
    ).toEqual([
      ['priority', [], ['Hoch']],
      ['channel', [], ['Veranstaltung']],
      ['sector', ['Wirtschaft'], ['Wissenschaft']],
      ['kind', [], ['Workshop']],
      ['date', [], ['am 28.06.2017']],
      ['plannedEnd', [], ['am 31.12.2029']],
      ['status', [], ['Geplant']],
      ['progress', ['62 %'], ['70 %']],
      ['owner', ['Referat 31'], ['SMWA, Referat 31']],
    ]);
  });

  it('labels head counts by Akteursgruppe in the page’s order and counts participants', () => {
    const [counts, people] = readableChanges(
      [
        {
          field: 'participantsBySector',
          before: null,
          after: { science: 5, society: 10, industry: 15, administration: 8 },
        },
        {
          field: 'participants',
          before: [],
          after: [{ sector: 'industry', subjectId: 'person-01' }],
        },
      ],
      show,
    );
    expect(counts?.after).toEqual([
      { text: 'Wirtschaft 15 · Wissenschaft 5 · Gesellschaft 10 · Verwaltung 8' },
    ]);
    expect(people?.after).toEqual([{ text: '1 Personen' }]);
  });

  it('shows which milestone was reached and when, not the whole plan twice', () => {
    const plan = { milestoneId: 'm2', title: 'Landesweit', dueDate: '2021-12-31' };
    const pilot = { milestoneId: 'm1', title: 'Pilotphase', dueDate: '2019-12-31' };
    expect(
      readableChanges(
        [
          {
            field: 'milestones',
            before: [pilot, plan],
            after: [{ ...pilot, reachedAt: '2019-12-10T00:00:00.000Z' }, plan],
          },
        ],
        show,
      ),
    ).toEqual([
      {
        field: 'milestones',
        before: [{ text: 'Pilotphase · fällig am 31.12.2019' }],
        after: [{ text: 'Pilotphase · fällig am 31.12.2019 · erreicht am 10.12.2019' }],
        prose: false,
      },
    ]);
  });

  it('names partners with their role', () => {
    const [partners] = readableChanges(
      [
        {
          field: 'partners',
          before: [],
          after: [{ partnerId: 'pt-1', name: 'HTWK Leipzig', role: 'lead', sector: 'science' }],
        },
      ],
      show,
    );
    expect(partners?.after).toEqual([{ text: 'HTWK Leipzig (Konsortialführung)' }]);
  });
});

describe('readableChanges of texts', () => {
  it('marks written text as prose (a word diff), never counts or records', () => {
    const [text, counts] = readableChanges(
      [
        { field: 'summary', before: 'Alt', after: 'Neu' },
        {
          field: 'participantsBySector',
          before: { industry: 0 },
          after: { industry: 15 },
        },
      ],
      show,
    );
    expect(text?.prose).toBe(true);
    expect(counts?.prose).toBe(false);
  });
});
