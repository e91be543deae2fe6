import { describe, expect, it } from 'vitest';
import { actionFieldChange, changedTexts, checkContent, reviseContent } from './changes.js';
import { isDomainError } from './errors.js';
import { type EventHeader, headerOf } from './events.js';
import { meta, TEST_NOW } from './testing/decider-specification.js';

describe('headerOf', () => {
  it('is when it happened, leaving out a reason and evidence not given', () =>
    expect(headerOf(meta({ occurredAt: '2017-03-07' }))).toEqual({
      occurredAt: '2017-03-07T00:00:00.000Z',
    }));
  it('copies the reason and the evidence', () => {
    const evidence = [{ url: 'https://example.org/protokoll.pdf' }];
    expect(headerOf(meta({ reason: 'Beschluss', evidence }))).toEqual({
      occurredAt: TEST_NOW,
      reason: 'Beschluss',
      evidence,
    });
  });
  it('fails where resolveOccurredAt does', () =>
    expect(headerOf(meta({ occurredAt: '2099-01-01' }))).toMatchObject({ field: 'occurredAt' }));
});

describe('changedTexts', () => {
  it('keeps the texts given that differ', () =>
    expect(
      changedTexts(['title', 'body'], { title: 'Neu', body: 'Alt' }, { title: 'Alt', body: 'Alt' }),
    ).toEqual({ title: 'Neu' }));
  it('sets a text that was absent', () =>
    expect(changedTexts(['plannedEnd'], { plannedEnd: '2030-12-31' }, {})).toEqual({
      plannedEnd: '2030-12-31',
    }));
});

describe('actionFieldChange', () => {
  it('records the new set with the one it replaces', () =>
    expect(actionFieldChange(['af-2'], ['af-1'])).toEqual({
      actionFieldIds: ['af-2'],
      previousActionFieldIds: ['af-1'],
    }));
  it('is nothing when not given or the same set', () => {
    expect(actionFieldChange(undefined, ['af-1'])).toEqual({});
    expect(actionFieldChange(['af-2', 'af-1'], ['af-1', 'af-2'])).toEqual({});
  });
});

describe('checkContent', () => {
  const content = { title: 'Leitlinie', body: 'Text', actionFieldIds: ['af-1'] };
  it('checks title, body and action fields in that order', () => {
    expect(checkContent(content)).toBeUndefined();
    expect(checkContent({ ...content, title: '', body: '' })?.field).toBe('title');
    expect(checkContent({ ...content, body: ' ' })?.field).toBe('body');
    expect(checkContent({ ...content, actionFieldIds: [] }, { minActionFields: 1 })?.field).toBe(
      'actionFieldIds',
    );
  });
});

describe('reviseContent', () => {
  const current = { title: 'Alt', body: 'Text', actionFieldIds: ['af-1'] };
  const toEvent = (header: EventHeader, changes: object) => ({ ...header, changes });
  const revise = (data: object, rules = {}) =>
    reviseContent({ data, metadata: meta() }, current, toEvent, rules);
  it('makes one event of what really changes', () =>
    expect(revise({ title: 'Neu', body: 'Text' })).toEqual([
      { occurredAt: TEST_NOW, changes: { title: 'Neu' } },
    ]));
  it('records nothing when nothing changes', () =>
    expect(revise({ title: 'Alt', actionFieldIds: ['af-1'] })).toEqual([]));
  it('checks only the fields given', () => {
    expect(revise({ body: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const tooFew = revise({ actionFieldIds: [] }, { minActionFields: 1 });
    expect(isDomainError(tooFew) && tooFew.field).toBe('actionFieldIds');
  });
  it('fails on bad metadata only when something changes', () => {
    const future = { data: { title: 'Neu' }, metadata: meta({ occurredAt: '2099-01-01' }) };
    expect(reviseContent(future, current, toEvent)).toMatchObject({ field: 'occurredAt' });
  });
});
