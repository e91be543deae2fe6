import { describe, expect, it } from 'vitest';
import { guidelineActions, textView } from './guideline-view.js';

const v1 = { version: 1, title: 'Mittelstand digital', body: 'Fassung 1' };

describe('the texts of a guideline', () => {
  it('shows one text while never published', () => {
    expect(textView({ title: 'Entwurf', body: 'Text', published: null })).toEqual({
      kind: 'single',
      version: null,
    });
  });

  it('shows one text when the current one is the published version', () => {
    expect(textView({ title: v1.title, body: v1.body, published: v1 })).toEqual({
      kind: 'single',
      version: 1,
    });
  });

  it('shows the draft beside the version that applies when a revision changed the text', () => {
    expect(textView({ title: v1.title, body: 'Fassung 2 im Entwurf', published: v1 })).toEqual({
      kind: 'draftAhead',
      version: 1,
    });
  });
});

describe('actions on a guideline', () => {
  const all = () => true;
  it('publishes drafts, revises and retires what is not retired', () => {
    expect(guidelineActions('draft', all, false)).toEqual(['publish', 'revise', 'retire']);
    expect(guidelineActions('published', all, false)).toEqual(['revise', 'retire']);
    expect(guidelineActions('retired', all, false)).toEqual([]);
  });

  it('follows the permissions and offers nothing in the past', () => {
    const ministry = (mutation: string) => mutation !== 'reviseGuideline';
    expect(guidelineActions('published', ministry, false)).toEqual(['retire']);
    expect(guidelineActions('draft', all, true)).toEqual([]);
  });
});
