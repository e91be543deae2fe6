import { describe, expect, it } from 'vitest';
import { type CommandOptions, handleCommand, type StreamChange } from '../handle-command.js';
import { indicator } from '../indicator/index.js';
import { defined, id as indicatorId, retired } from '../indicator/testing/fixtures.js';
import { type AggregateKind, type AnyDomainEvent, fold, isDomainError } from '../shared/index.js';
import { DeciderSpecification, day } from '../shared/testing/decider-specification.js';
import { type ReportIndicatorValues, reportingCycle } from './index.js';
import { closed, command, event, id, opened } from './testing/fixtures.js';

const spec = DeciderSpecification.for(reportingCycle);
const other = 'kz-co2';
const row = (changes: Partial<ReportIndicatorValues['data']['values'][number]> = {}) => ({
  indicatorId,
  valueId: 'kw-2026-kmu',
  value: 41,
  referenceDate: '2026-06-30',
  source: 'Lotsenstatistik',
  ...changes,
});
const rows = [row(), row({ indicatorId: other, valueId: 'kw-2026-co2', value: 12 })];
const report = (values: readonly ReturnType<typeof row>[] = rows) =>
  command('ReportIndicatorValues', { values });
const reportedValues = event('IndicatorValuesReported', {
  values: rows.map((each) => ({ ...each, referenceDate: day(each.referenceDate) })),
});

describe('ReportIndicatorValues', () => {
  describe('when open', () => {
    const given = spec.given([opened]);
    it('records the figures for the cycle', () => given.when(report()).then([reportedValues]));
    it('leaves the reports as they are', () =>
      expect(fold(reportingCycle, [opened, reportedValues])).toEqual(
        fold(reportingCycle, [opened]),
      ));
    it.each([
      ['values', []],
      ['values.1', [row(), row({ valueId: 'kw-x' })]],
      ['values.1.value', [row(), row({ indicatorId: other, value: Number.NaN })]],
      ['values.0.referenceDate', [row({ referenceDate: '30.06.2026' })]],
      ['values.0.source', [row({ source: 'x'.repeat(201) })]],
      ['values.0.valueId', [row({ valueId: '' })]],
    ] as const)('refuses bad input on %s', (field, values) =>
      given.when(report(values)).thenFails('BAD_USER_INPUT', field),
    );
    it('names every indicator as a reference, by row', () =>
      expect(reportingCycle.referencesOf(report())).toEqual([
        { kind: 'Indicator', id: indicatorId, field: 'values.0.indicatorId' },
        { kind: 'Indicator', id: other, field: 'values.1.indicatorId' },
      ]));
  });
  describe('when closed', () => {
    it('takes no figures', () =>
      spec.given([opened, closed]).when(report()).thenFails('INVALID_TRANSITION'));
  });
});

describe('reactionsTo IndicatorValuesReported', () => {
  it('reports each figure on its indicator, for the cycle, named by its row', () =>
    expect(
      reportingCycle.reactionsTo(reportedValues, id).map(({ kind, command, at }) => ({
        kind,
        type: command.type,
        data: command.data,
        at,
      })),
    ).toEqual(
      reportedValues.data.values.map((value, index) => ({
        kind: 'Indicator',
        type: 'ReportIndicatorValue',
        data: { ...value, cycleId: id },
        at: `values.${index}`,
      })),
    ));
});

/** The command loop over a map: given these streams, when the command runs, what is appended. */
const run = async (
  given: Readonly<Record<string, readonly AnyDomainEvent[]>>,
  options: CommandOptions = {},
  values: readonly ReturnType<typeof row>[] = rows,
) => {
  const streams: Record<string, { kind: AggregateKind; events: readonly AnyDomainEvent[] }> = {
    [`ReportingCycle:${id}`]: { kind: 'ReportingCycle', events: given[id] ?? [opened] },
    [`Indicator:${indicatorId}`]: { kind: 'Indicator', events: given[indicatorId] ?? [defined] },
    [`Indicator:${other}`]: {
      kind: 'Indicator',
      events: given[other] ?? [{ ...defined, data: { ...defined.data, indicatorId: other } }],
    },
  };
  const appended: StreamChange[] = [];
  const result = await handleCommand(
    'ReportingCycle',
    report(values),
    {
      load: async (kind, itemId) => {
        const stream = streams[`${kind}:${itemId}`];
        if (!stream) return undefined;
        const aggregate = kind === 'Indicator' ? indicator : reportingCycle;
        return {
          version: stream.events.length,
          state: fold(aggregate as typeof indicator, stream.events as never),
        };
      },
      exists: async (references) =>
        references.map((each) => streams[`${each.kind}:${each.id}`] !== undefined),
      append: async (outcome) => {
        appended.push(...outcome.streams.filter((stream) => stream.events.length > 0));
      },
    },
    options,
  );
  return { error: isDomainError(result) ? result : undefined, appended };
};

describe('ReportIndicatorValues through the command loop (all or nothing)', () => {
  it('records every figure on its indicator with the batch, in one append', async () => {
    const { error, appended } = await run({});
    expect(error).toBeUndefined();
    expect(appended.map((stream) => [stream.id, stream.events.map((e) => e.type)])).toEqual([
      [id, ['IndicatorValuesReported']],
      [indicatorId, ['IndicatorValueReported']],
      [other, ['IndicatorValueReported']],
    ]);
    expect(appended[2]?.events[0]?.data).toMatchObject({ cycleId: id, value: 12 });
  });
  it('refuses all when one indicator refuses its row, naming the row and the field', async () => {
    const { error, appended } = await run({}, {}, [
      row(),
      row({ indicatorId: other, valueId: 'kw-x', referenceDate: '2017-12-31' }),
    ]);
    expect(appended).toEqual([]);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'values.1.referenceDate',
      details: { kind: 'Indicator', id: other },
    });
  });
  it('refuses all when an indicator is retired, naming the row', async () => {
    const { error, appended } = await run({ [other]: [defined, retired] });
    expect(appended).toEqual([]);
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', field: 'values.1' });
  });
  it('refuses all when an indicator moved on since the caller saw it', async () => {
    const seen = (version: number, index: number) => ({
      kind: 'Indicator' as const,
      id: index === 0 ? indicatorId : other,
      version,
      field: `values.${index}.expectedVersion`,
    });
    const { error, appended } = await run({}, { expectedVersions: [seen(1, 0), seen(2, 1)] });
    expect(appended).toEqual([]);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      field: 'values.1.expectedVersion',
      details: { id: other, expectedVersion: 2, currentVersion: 1 },
    });
    expect((await run({}, { expectedVersions: [seen(1, 0), seen(1, 1)] })).error).toBeUndefined();
  });
  it('refuses all when an indicator does not exist', async () => {
    const { error } = await run({}, {}, [row(), row({ indicatorId: 'kz-nope', valueId: 'kw-y' })]);
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'values.1.indicatorId' });
  });
});
