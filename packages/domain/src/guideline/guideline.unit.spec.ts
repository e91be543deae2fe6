import { describe, expect, it } from 'vitest';
import type { CommandMetadata } from '../shared/index.js';
import { addEdge, fold, removeEdge } from '../shared/index.js';
import { DeciderSpecification, meta, TEST_NOW } from '../shared/testing/decider-specification.js';
import { describeGuards, describeInvalidIn } from '../shared/testing/guards.js';
import type { GuidelineCommand, GuidelineEvent } from './index.js';
import { guideline } from './index.js';

const spec = DeciderSpecification.for(guideline);
const id = 'gl-mittelstand-digital';
const at = TEST_NOW;
const target = { guidelineId: id };
const title = 'Den Mittelstand bei der Digitalisierung begleiten';
const body =
  'Sachsen unterstützt kleine und mittlere Industrieunternehmen auf dem Weg zur Industrie 4.0.';
const fields = ['af-digitalisierung'];
const because = 'Überholt durch die Industriestrategie 2030';

type DraftData = Extract<GuidelineCommand, { type: 'DraftGuideline' }>['data'];
const draft = (data: Partial<DraftData> = {}, metadata = meta()): GuidelineCommand => ({
  type: 'DraftGuideline',
  data: { ...target, title, body, actionFieldIds: fields, ...data },
  metadata,
});
const revise = (changes: {
  title?: string;
  body?: string;
  actionFieldIds?: readonly string[];
}): GuidelineCommand => ({
  type: 'ReviseGuideline',
  data: { ...target, ...changes },
  metadata: meta(),
});
const publish: GuidelineCommand = { type: 'PublishGuideline', data: target, metadata: meta() };
const retire = (metadata: CommandMetadata = meta({ reason: because })): GuidelineCommand => ({
  type: 'RetireGuideline',
  data: target,
  metadata,
});

const drafted: GuidelineEvent = {
  type: 'GuidelineDrafted',
  schemaVersion: 1,
  occurredAt: at,
  data: { ...target, title, body, actionFieldIds: fields },
};
const published = (version: number, text = { title, body }): GuidelineEvent => ({
  type: 'GuidelinePublished',
  schemaVersion: 1,
  occurredAt: at,
  data: { ...target, version, ...text },
});
const revised = (data: { title?: string; body?: string }): GuidelineEvent => ({
  type: 'GuidelineRevised',
  schemaVersion: 1,
  occurredAt: at,
  data: { ...target, ...data },
});
const retired: GuidelineEvent = {
  type: 'GuidelineRetired',
  schemaVersion: 1,
  occurredAt: at,
  data: target,
  reason: because,
};

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
    it.each([
      ['guidelineId', { guidelineId: '' }],
      ['title', { title: ' ' }],
      ['title', { title: 'x'.repeat(201) }],
      ['body', { body: '' }],
      ['body', { body: 'x'.repeat(20_001) }],
      ['actionFieldIds.1', { actionFieldIds: ['af-1', 'af-1'] }],
      ['actionFieldIds.0', { actionFieldIds: [' '] }],
    ])('fails on %s', (field, data) =>
      spec.given([]).when(draft(data)).thenFails('BAD_USER_INPUT', field),
    );
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
        .then([
          {
            type: 'GuidelineRevised',
            schemaVersion: 1,
            occurredAt: at,
            data: { ...target, actionFieldIds: ['af-arbeit'], previousActionFieldIds: fields },
          },
        ]));
    it('records nothing when nothing changes', () =>
      spec.given([drafted]).when(revise({ title, body })).then([]));
    it.each([
      ['title', { title: '' }],
      ['body', { body: 'x'.repeat(20_001) }],
      ['actionFieldIds.1', { actionFieldIds: ['a', 'a'] }],
    ])('fails on %s', (field, changes) =>
      spec.given([drafted]).when(revise(changes)).thenFails('BAD_USER_INPUT', field),
    );
  });
  describe('when published', () => {
    it('reopens it as draft, keeping the published version readable', () => {
      const events = spec
        .given(histories.published)
        .when(revise({ body: 'Neu' }))
        .events();
      expect(events).toEqual([revised({ body: 'Neu' })]);
      expect(fold(guideline, [...histories.published, ...events])).toMatchObject({
        status: 'draft',
        body: 'Neu',
        publishedVersion: 1,
        published: { version: 1, title, body },
      });
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
        const events = spec.given(histories[status]).when(retire()).events();
        expect(events).toEqual([retired]);
        expect(fold(guideline, [...histories[status], ...events])).toMatchObject({
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
    const moved: GuidelineEvent = {
      type: 'GuidelineRevised',
      schemaVersion: 1,
      occurredAt: at,
      data: { ...target, actionFieldIds: ['af-arbeit'], previousActionFieldIds: fields },
    };
    expect(guideline.provenanceOf(moved, id)).toEqual([
      removeEdge('coversField', field(fields[0] ?? ''), self),
      addEdge('coversField', field('af-arbeit'), self),
    ]);
    expect(guideline.provenanceOf(published(1), id)).toEqual([]);
  });
  it('sets off nothing elsewhere', () =>
    expect(guideline.reactionsTo(published(1), id)).toEqual([]));
});
