import { describe, expect, it } from 'vitest';
import { consultationGlobalId, linkParts } from './confirmation-link.js';

describe('the mailed confirmation link', () => {
  it('splits the fragment at its first dot: the token may hold more', () => {
    expect(linkParts('#s-1.abc.def')).toEqual({ submissionId: 's-1', token: 'abc.def' });
  });
  it('is refused when cut short', () => {
    for (const hash of ['', '#', '#s-1', '#s-1.', '#.token']) expect(linkParts(hash)).toBeNull();
  });
  it('names the consultation by its global id', () => {
    expect(atob(consultationGlobalId('bt-1'))).toBe('Consultation:bt-1');
  });
});
