import { describe, expect, it } from 'vitest';
import { rebaseContent, revisedFields } from './revised-fields.js';

const initial = { title: 'Titel', body: 'Text', actionFieldIds: ['a', 'b'] };

describe('revisedFields', () => {
  it('sends only what the user changed, so a parallel edit of another field survives', () => {
    expect(revisedFields(initial, { ...initial, body: 'Neuer Text' })).toEqual({
      body: 'Neuer Text',
    });
  });

  it('ignores surrounding blanks and the order of action fields', () => {
    expect(
      revisedFields(initial, { ...initial, title: ' Titel ', actionFieldIds: ['b', 'a'] }),
    ).toEqual({});
  });

  it('sends changed action fields and trimmed texts', () => {
    expect(revisedFields(initial, { title: ' Neu ', body: 'Text', actionFieldIds: ['a'] })).toEqual(
      { title: 'Neu', actionFieldIds: ['a'] },
    );
  });
});

describe('rebaseContent', () => {
  it('moves untouched fields to the new state and keeps what the user typed', () => {
    const latest = { title: 'Neuer Titel von anderswo', body: 'Text', actionFieldIds: ['a', 'c'] };
    const edited = { ...initial, body: 'Mein Text' };
    const rebased = rebaseContent(initial, edited, latest);
    expect(rebased.edited).toEqual({
      title: 'Neuer Titel von anderswo',
      body: 'Mein Text',
      actionFieldIds: ['a', 'c'],
    });
    // Measured against the new state, only the user's own edit is sent.
    expect(revisedFields(rebased.initial, rebased.edited)).toEqual({ body: 'Mein Text' });
  });
});
