import { describe, expect, it } from 'vitest';
import { screenOf } from './paths.js';

const id = (kind: string) =>
  encodeURIComponent(btoa(`${kind}:0b5e8f5e-5d7c-4a8e-9d6b-0f1c2a3b4c5d`));

describe('screenOf', () => {
  it('keeps a screen that is not an item page', () => {
    expect(screenOf('/')).toBe('/');
    expect(screenOf('/recommendations/review')).toBe('/recommendations/review');
    expect(screenOf('/measures')).toBe('/measures');
  });

  it('leads from an item page to the list of its kind', () => {
    expect(screenOf(`/recommendations/${id('Recommendation')}`)).toBe('/recommendations');
    expect(screenOf(`/action-fields/${id('ActionField')}`)).toBe('/action-fields');
  });

  it('leads from a suggestion to the meetings', () => {
    expect(screenOf(`/suggestions/${id('Suggestion')}`)).toBe('/meetings');
  });
});
