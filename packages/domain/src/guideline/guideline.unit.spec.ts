import { describe, expect, it } from 'vitest';
import type { CommandMetadata } from '../shared/index.js';
import { addEdge, fold, removeEdge } from '../shared/index.js';
import { DeciderSpecification, meta, TEST_NOW } from '../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../shared/testing/fixtures.js';
import { describeGuards, describeInvalidIn, itRejects } from '../shared/testing/guards.js';
import { expectRecorded } from '../shared/testing/recorded.js';
import type { GuidelineCommand, GuidelineEvent } from './index.js';
import { guideline } from './index.js';

const spec = DeciderSpecification.for(guideline);
const id = 'gl-mittelstand-digital';
const at = TEST_NOW;
const title = 'Den Mittelstand bei der Digitalisierung begleiten';
const body =
  'Sachsen unterstützt kleine und mittlere Industrieunternehmen auf dem Weg zur Industrie 4.0.';
const fields = ['af-digitalisierung'];
const because = 'Überholt durch die Industriestrategie 2030';

const { command, event } = itemFixtures<GuidelineCommand, GuidelineEvent, 'guidelineId'>(
  'guidelineId',
  id,
);

const draft = (data: Partial<DataOf<GuidelineCommand, 'DraftGuideline'>> = {}, metadata = meta()) =>
  command('DraftGuideline', { title, body, actionFieldIds: fields, ...data }, metadata);
const revise = (changes: Omit<DataOf<GuidelineCommand, 'ReviseGuideline'>, 'guidelineId'>) =>
  command('ReviseGuideline', changes);
const publish = command('PublishGuideline', {});
const retire = (metadata: CommandMetadata = meta({ reason: because })) =>
  command('RetireGuideline', {}, metadata);

const drafted = event('GuidelineDrafted', { title, body, actionFieldIds: fields });
const published = (version: number, text = { title, body }) =>
  event('GuidelinePublished', { version, ...text });
const revised = (data: Omit<DataOf<GuidelineEvent, 'GuidelineRevised'>, 'guidelineId'>) =>
  event('GuidelineRevised', data);
const retired = event('GuidelineRetired', {}, { reason: because });

const histories = {
  draft: [drafted],
  published: [drafted, published(1)],
  revisedAfterPublication: [drafted, published(1), revised({ body: 'Neu' })],
  retired: [drafted, retired],
};

describeGuards(guideline, {
  everyOtherCommand: [revise({ body: 'Neu' }), publish, retire()],
  idField: 'guidelineId',
  closed: ['retired'],
  histories,
});

describe('DraftGuideline', () => {
  describe('when empty', () => {
    it('drafts the guideline', () => spec.given([]).when(draft()).then([drafted]));
    it('allows a guideline across all action fields (none named)', () =>
      spec
        .given([])
        .when(draft({ actionFieldIds: [] }))
        .events());
    itRejects(spec.given([]), [
      ['fails on guidelineId', draft({ guidelineId: '' }), 'guidelineId'],
      ['fails on title', draft({ title: ' ' }), 'title'],
      ['fails on title', draft({ title: 'x'.repeat(201) }), 'title'],
      ['fails on body', draft({ body: '' }), 'body'],
      ['fails on body', draft({ body: 'x'.repeat(20_001) }), 'body'],
      [
        'fails on actionFieldIds.1',
        draft({ actionFieldIds: ['af-1', 'af-1'] }),
        'actionFieldIds.1',
      ],
      ['fails on actionFieldIds.0', draft({ actionFieldIds: [' '] }), 'actionFieldIds.0'],
    ]);
    it('fails when it happened in the future', () =>
      spec
        .given([])
        .when(draft({}, meta({ occurredAt: '2099-01-01' })))
        .thenFails('BAD_USER_INPUT', 'occurredAt'));
  });
  for (const [status, history] of Object.entries(histories)) {
    describe(`when ${status}`, () => {
      it('fails with CONFLICT', () =>
        spec.given(history).when(draft()).thenFails('CONFLICT', 'guidelineId'));
    });
  }
});

describe('ReviseGuideline', () => {
  describe('when draft', () => {
    it('records only the changed fields and stays a draft', () => {
      const events = spec
        .given([drafted])
        .when(revise({ title, body: 'Neu' }))
        .events();
      expect(events).toEqual([revised({ body: 'Neu' })]);
      expect(fold(guideline, [drafted, ...events])).toMatchObject({
        status: 'draft',
        body: 'Neu',
        publishedVersion: 0,
      });
    });
    it('records new action fields with the ones they replace', () =>
      spec
        .given([drafted])
        .when(revise({ actionFieldIds: ['af-arbeit'] }))
        .then([revised({ actionFieldIds: ['af-arbeit'], previousActionFieldIds: fields })]));
    it('records nothing when nothing changes', () =>
      spec.given([drafted]).when(revise({ title, body })).then([]));
    itRejects(spec.given([drafted]), [
      ['fails on title', revise({ title: '' }), 'title'],
      ['fails on body', revise({ body: 'x'.repeat(20_001) }), 'body'],
      ['fails on actionFieldIds.1', revise({ actionFieldIds: ['a', 'a'] }), 'actionFieldIds.1'],
    ]);
  });
  describe('when published', () => {
    it('reopens it as draft, keeping the published version readable', () => {
      expectRecorded(
        guideline,
        histories.published,
        revise({ body: 'Neu' }),
        [revised({ body: 'Neu' })],
        {
          status: 'draft',
          body: 'Neu',
          publishedVersion: 1,
          published: { version: 1, title, body },
        },
      );
    });
    it('records nothing and stays published when nothing changes', () =>
      spec.given(histories.published).when(revise({ body })).then([]));
  });
  describe('when retired', () => {
    it('fails with INVALID_TRANSITION', () =>
      spec
        .given(histories.retired)
        .when(revise({ body: 'Neu' }))
        .thenFails('INVALID_TRANSITION'));
  });
});

describe('PublishGuideline', () => {
  describe('when draft', () => {
    it('publishes version 1 with a snapshot of the text', () => {
      spec
        .given([drafted])
        .when(publish)
        .then([published(1)]);
      expect(fold(guideline, histories.published)).toMatchObject({
        status: 'published',
        publishedVersion: 1,
        published: { version: 1, title, body },
      });
    });
  });
  describe('when revised after publication', () => {
    it('publishes the next version with the new text', () =>
      spec
        .given(histories.revisedAfterPublication)
        .when(publish)
        .then([published(2, { title, body: 'Neu' })]));
  });
  describeInvalidIn(guideline, ['published', 'retired'] as const, histories, publish);
});

describe('RetireGuideline', () => {
  for (const status of ['draft', 'published', 'revisedAfterPublication'] as const) {
    describe(`when ${status}`, () => {
      it('retires it with the reason', () => {
        expectRecorded(guideline, histories[status], retire(), [retired], {
          status: 'retired',
          reason: because,
          retiredAt: at,
        });
      });
      it('fails without a reason', () =>
        spec.given(histories[status]).when(retire(meta())).thenFails('BAD_USER_INPUT', 'reason'));
    });
  }
  describe('when retired', () => {
    it('fails with INVALID_TRANSITION', () =>
      spec.given(histories.retired).when(retire()).thenFails('INVALID_TRANSITION'));
  });
});

describe('the aggregate’s edges', () => {
  const self = { kind: 'Guideline' as const, id };
  const field = (fid: string) => ({ kind: 'ActionField' as const, id: fid });
  it('targets the guideline', () => expect(guideline.targetOf(publish)).toBe(id));
  it('references the action fields of a draft or revision', () => {
    expect(guideline.referencesOf(draft())).toEqual([
      { kind: 'ActionField', id: fields[0], field: 'actionFieldIds.0' },
    ]);
    expect(guideline.referencesOf(revise({ body: 'x' }))).toEqual([]);
    expect(guideline.referencesOf(publish)).toEqual([]);
  });
  it('covers its action fields, moving edges on revision', () => {
    expect(guideline.provenanceOf(drafted, id)).toEqual([
      addEdge('coversField', field(fields[0] ?? ''), self),
    ]);
    const moved = revised({ actionFieldIds: ['af-arbeit'], previousActionFieldIds: fields });
    expect(guideline.provenanceOf(moved, id)).toEqual([
      removeEdge('coversField', field(fields[0] ?? ''), self),
      addEdge('coversField', field('af-arbeit'), self),
    ]);
    expect(guideline.provenanceOf(published(1), id)).toEqual([]);
  });
  it('sets off nothing elsewhere', () =>
    expect(guideline.reactionsTo(published(1), id)).toEqual([]));
});
