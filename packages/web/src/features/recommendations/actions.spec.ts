import { describe, expect, it } from 'vitest';
import { availableActions, HEAD_ACTIONS } from './actions.js';

const TEAM = new Set([
  'reviseRecommendation',
  'submitRecommendationForReview',
  'returnRecommendationToDraft',
  'prioritiseRecommendation',
  'withdrawRecommendation',
  'mergeRecommendation',
  'linkSuggestion',
  'unlinkSuggestion',
  'assignToGuideline',
  'unassignFromGuideline',
]);
const MINISTRY = new Set([
  'returnRecommendationToDraft',
  'prioritiseRecommendation',
  'adoptRecommendation',
  'rejectRecommendation',
]);
const can = (permissions: ReadonlySet<string>) => (mutation: string) => permissions.has(mutation);
const actions = (status: string, permissions: ReadonlySet<string>, historical = false) => [
  ...availableActions(status, can(permissions), historical),
];

describe('actions on a recommendation', () => {
  it('lets the team work on a draft and submit it, but not decide on it', () => {
    expect(actions('draft', TEAM)).toEqual([
      'submit',
      'revise',
      'merge',
      'withdraw',
      'linkSuggestion',
      'unlinkSuggestion',
      'assignGuideline',
      'unassignGuideline',
    ]);
  });

  it('lets the ministry prioritise, return or reject one in review, but adopt only when prioritised', () => {
    expect(actions('in_review', MINISTRY)).toEqual(['prioritise', 'returnToDraft', 'reject']);
    expect(actions('prioritised', MINISTRY)).toEqual(['prioritise', 'adopt', 'reject']);
  });

  it('keeps an adopted one assignable to guidelines, and offers nothing on closed ones', () => {
    expect(actions('adopted', TEAM)).toEqual(['assignGuideline', 'unassignGuideline']);
    for (const status of ['rejected', 'withdrawn', 'merged', 'split']) {
      expect(actions(status, new Set([...TEAM, ...MINISTRY]))).toEqual([]);
    }
  });

  it('offers nothing to partners, nor to anyone in a historical view', () => {
    expect(actions('prioritised', new Set())).toEqual([]);
    expect(actions('draft', TEAM, true)).toEqual([]);
  });

  it('puts the section actions (links) outside the page head', () => {
    expect(HEAD_ACTIONS).not.toContain('linkSuggestion');
    expect(HEAD_ACTIONS).toContain('adopt');
  });
});
