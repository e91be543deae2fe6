import { describe, expect, it } from 'vitest';
import { authorize, isAllowed, PERMISSIONS } from './permissions.js';

/** Commands no caller issues directly: adoption plans the measure, linking takes up suggestions. */
const followUpCommands = () =>
  Object.entries(PERMISSIONS)
    .filter(([, roles]) => roles.length === 0)
    .map(([type]) => type);

import { AGGREGATES } from './registry.js';
import { ROLES } from './shared/index.js';
import { meta } from './shared/testing/decider-specification.js';

const allCommandTypes = Object.values(AGGREGATES).flatMap((aggregate) => aggregate.commandTypes);

describe('the permission table', () => {
  it('names every command of every aggregate, and nothing else', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...allCommandTypes].sort());
  });

  it('lets partners and admins issue no command', () => {
    for (const type of allCommandTypes) {
      expect(isAllowed('partner', type)).toBe(false);
      expect(isAllowed('admin', type)).toBe(false);
    }
  });

  it('leaves adopting, rejecting and stopping to the ministry', () => {
    for (const type of ['AdoptRecommendation', 'RejectRecommendation', 'StopMeasure']) {
      expect(ROLES.filter((role) => isAllowed(role, type))).toEqual(['ministry']);
    }
  });

  it('lets the team keep content current', () => {
    for (const type of ['CaptureSuggestion', 'DraftRecommendation', 'ReviseRecommendation']) {
      expect(isAllowed('team', type)).toBe(true);
    }
  });

  it('keeps follow-up commands out of every caller’s hands', () => {
    expect(followUpCommands().sort()).toEqual(['PlanMeasure', 'TakeUpSuggestion']);
  });

  it('refuses unknown commands', () => {
    expect(isAllowed('team', 'DropDatabase')).toBe(false);
  });
});

describe('authorize', () => {
  const adopt = { type: 'AdoptRecommendation', data: {} };

  it('passes a role the table allows', () => {
    expect(authorize({ ...adopt, metadata: meta({ role: 'ministry' }) })).toBeUndefined();
  });

  it('refuses any other role with FORBIDDEN in German and English', () => {
    const error = authorize({ ...adopt, metadata: meta({ role: 'team' }) });
    expect(error?.code).toBe('FORBIDDEN');
    expect(error?.messages.de).toContain('darf');
    expect(error?.messages.en).toContain('may not');
  });
});
