import { describe, expect, it } from 'vitest';
import { authorize, isAllowed, mayIssue, PERMISSIONS, roleFor } from './permissions.js';

/** Commands no caller issues directly: adoption plans the measure, linking takes up suggestions. */
const followUpCommands = () =>
  Object.entries(PERMISSIONS)
    .filter(([, roles]) => roles.length === 0)
    .map(([type]) => type);

import { AGGREGATES } from './registry.js';
import { ROLES } from './shared/index.js';
import { meta } from './shared/testing/decider-specification.js';
import { USER_COMMAND_TYPES } from './user/index.js';

const allCommandTypes = Object.values(AGGREGATES).flatMap((aggregate) => aggregate.commandTypes);
const everyCommandType = [...allCommandTypes, ...USER_COMMAND_TYPES];

describe('the permission table', () => {
  it('names every command of every aggregate, and nothing else', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...everyCommandType].sort());
  });

  it('leaves people and their roles to admins', () => {
    for (const type of USER_COMMAND_TYPES) {
      expect(ROLES.filter((role) => isAllowed(role, type))).toEqual(['admin']);
    }
  });

  it('lets partners and admins issue no command on items', () => {
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

describe('mayIssue: roles per process', () => {
  const industry = 'sp-industrie';
  const digital = 'sp-digital';
  const teamHere = { grants: [{ role: 'team' as const, processId: industry }] };

  it('gives a team role in its own process only', () => {
    expect(mayIssue('DraftRecommendation', teamHere, industry)).toBe(true);
    expect(mayIssue('DraftRecommendation', teamHere, digital)).toBe(false);
    expect(mayIssue('DraftRecommendation', teamHere, null)).toBe(false);
  });

  it('lets an installation-wide ministry decide in every process', () => {
    const ministry = { grants: [{ role: 'ministry' as const, processId: null }] };
    for (const process of [industry, digital]) {
      expect(mayIssue('AdoptRecommendation', ministry, process)).toBe(true);
    }
  });

  it('acts in the role that may issue the command, of those held there', () => {
    const both = {
      grants: [
        { role: 'partner' as const, processId: digital },
        { role: 'team' as const, processId: digital },
        { role: 'ministry' as const, processId: null },
      ],
    };
    expect(roleFor('DraftRecommendation', both.grants, digital)).toBe('team');
    expect(roleFor('AdoptRecommendation', both.grants, digital)).toBe('ministry');
    expect(roleFor('DraftRecommendation', both.grants, industry)).toBeUndefined();
  });

  it('lets only an installation-wide admin manage people', () => {
    const processAdmin = { grants: [{ role: 'admin' as const, processId: industry }] };
    expect(mayIssue('RegisterUser', processAdmin, null)).toBe(false);
    expect(mayIssue('RegisterUser', { grants: [{ role: 'admin', processId: null }] }, null)).toBe(
      true,
    );
  });

  it('refuses a caller without grants everything', () => {
    for (const type of everyCommandType)
      expect(mayIssue(type, { grants: [] }, industry)).toBe(false);
  });
});
