import { describe, expect, it } from 'vitest';
import { withRole } from './actor-label.js';

describe('withRole', () => {
  it('adds the role unless the name already says it', () => {
    expect(withRole('Referat 31', 'Ministerium')).toBe('Referat 31 (Ministerium)');
    expect(withRole('Projektteam (erster Start)', 'Projektteam')).toBe(
      'Projektteam (erster Start)',
    );
    expect(withRole('Referat 31', null)).toBe('Referat 31');
  });
});
