import { describe, expect, it } from 'vitest';
import { alreadyExists, conflict, nothingToChange } from './errors.js';
import { checkNewMilestone, openMilestone } from './milestones.js';

describe('conflict and alreadyExists', () => {
  it('are CONFLICT on the field, in both languages', () => {
    expect(conflict('suggestionId', 'schon verknüpft', 'already linked')).toMatchObject({
      code: 'CONFLICT',
      field: 'suggestionId',
      messages: { de: 'schon verknüpft', en: 'already linked' },
    });
    expect(alreadyExists('measureId', 'me-1', { de: 'Die Maßnahme', en: 'Measure' })).toMatchObject(
      {
        code: 'CONFLICT',
        field: 'measureId',
        messages: {
          de: 'Die Maßnahme „me-1“ gibt es bereits.',
          en: 'Measure "me-1" already exists.',
        },
      },
    );
  });
});

describe('nothingToChange', () => {
  it('is BAD_USER_INPUT on no field, naming what stayed the same', () => {
    expect(nothingToChange()).toMatchObject({ code: 'BAD_USER_INPUT', field: undefined });
    expect(nothingToChange({ de: 'Titel unverändert', en: 'title unchanged' }).messages.en).toBe(
      'Nothing to change: title unchanged.',
    );
  });
});

describe('milestones', () => {
  const milestones = [
    { milestoneId: 'ms-1', title: 'Eröffnung' },
    { milestoneId: 'ms-2', title: 'Abschluss', reachedAt: '2020-01-01T00:00:00.000Z' },
  ];
  it('a new one needs a free id and a title; the due date is checked in between', () => {
    expect(checkNewMilestone(milestones, { milestoneId: 'ms-3', title: 'X' }, undefined)).toBe(
      undefined,
    );
    expect(checkNewMilestone(milestones, { milestoneId: '', title: 'X' }, undefined)?.field).toBe(
      'milestoneId',
    );
    const late = conflict('dueDate', 'zu früh', 'too early');
    expect(checkNewMilestone(milestones, { milestoneId: 'ms-1', title: 'X' }, late)).toBe(late);
    expect(
      checkNewMilestone(milestones, { milestoneId: 'ms-1', title: 'X' }, undefined),
    ).toMatchObject({ code: 'CONFLICT', field: 'milestoneId' });
  });
  it('an open one is found; a missing one is bad input; a reached one is history', () => {
    expect(openMilestone(milestones, 'ms-1', 'ReachMilestone')).toBe(milestones[0]);
    expect(openMilestone(milestones, 'ms-9', 'ReachMilestone')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'milestoneId',
    });
    expect(openMilestone(milestones, 'ms-2', 'ReachMilestone')).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: 'milestoneId',
      details: { from: 'reached', command: 'ReachMilestone' },
    });
  });
});
