import {
  AGGREGATE_KINDS,
  type AggregateKind,
  DEFAULT_PROCESS_ID,
  isAllowed,
  kindOfCommand,
  ROLES,
  type Role,
} from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { getNamedType, isInputObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processOfCommandType } from '../auth/command-role.js';
import { openAccount, setPassword } from '../people/accounts.js';
import { runUserCommand } from '../people/users.js';
import { gqlAs, type SignedIn, signIn } from '../testing/browser-session.js';
import { openConsultation } from '../testing/consultation.js';
import { DEMO_ITEM_OF_KIND } from '../testing/demo-items.js';
import { inputSampler } from '../testing/input-samples.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { schema } from './schema/index.js';

/**
 * Every mutation × every role, generated from the schema and the domain's permission table:
 * a role the table does not name gets FORBIDDEN and nothing is written; a role it names is never
 * refused for its role. Anonymous callers are refused everything but the public's commands (a
 * submission to a consultation and its confirmation), which nobody is refused.
 */
let api: TestApi;

/** A real item of each kind from the seeded demo, so allowed calls reach the domain. */
const SAMPLE: Record<AggregateKind, string> = {
  ...DEMO_ITEM_OF_KIND,
  // The process the people "here" hold their roles in.
  Process: DEFAULT_PROCESS_ID,
};

/** Which kind of item an ID field points at, by its name (`id` is the command's own item). */
const ID_FIELDS: Record<string, AggregateKind> = {
  actionFieldIds: 'ActionField',
  meetingId: 'Meeting',
  suggestionId: 'Suggestion',
  derivedFrom: 'Suggestion',
  guidelineId: 'Guideline',
  targetRecommendationId: 'Recommendation',
  origin: 'Suggestion',
  originatesFrom: 'Suggestion',
  process: 'Process',
  measureId: 'Measure',
  actionFieldId: 'ActionField',
  indicatorId: 'Indicator',
};

const { requiredFields } = inputSampler((name, scalar, own) => {
  if (scalar.name === 'ID') {
    const kind = name === 'id' ? own : ID_FIELDS[name];
    return kind ? encodeGlobalID(kind, SAMPLE[kind]) : 'x';
  }
  if (scalar.name === 'Int') return name === 'expectedVersion' ? 1 : 50;
  if (scalar.name === 'Float') return 50;
  if (scalar.name === 'DateTime') return '2024-01-01T00:00:00Z';
  if (scalar.name === 'Date') return '2024-01-01';
  if (scalar.name === 'Boolean') return true;
  return name.toLowerCase().includes('email') ? 'x@example.org' : 'Prüfung';
});

const mutations = Object.values(schema.getMutationType()?.getFields() ?? {})
  .map((field) => ({ field, command: `${field.name[0]?.toUpperCase()}${field.name.slice(1)}` }))
  .flatMap(({ field, command }) => {
    const kind = kindOfCommand(command);
    const input = field.args.find((arg) => arg.name === 'input');
    return kind && input ? [{ name: field.name, command, kind, input }] : [];
  });

/**
 * People holding each role in this process (the default one, where every demo item lives) or
 * only in another: a role counts in the process of the command, or installation-wide.
 */
const WHERE = ['here', 'elsewhere'] as const;
const people = new Map<string, SignedIn>();
const personKey = (role: Role, where: (typeof WHERE)[number]) => `${role}-${where}`;

const addPerson = async (role: Role, where: (typeof WHERE)[number]) => {
  const userId = personKey(role, where);
  const now = new Date().toISOString();
  const metadata = { actor: 'test', role: 'admin', now, timeZone: 'Europe/Berlin' } as const;
  const email = `${userId}@example.org`;
  await runUserCommand(api.store, {
    type: 'RegisterUser',
    data: { userId, name: userId, email },
    metadata,
  });
  await runUserCommand(api.store, {
    type: 'GrantRole',
    data: { userId, role, processId: where === 'here' ? DEFAULT_PROCESS_ID : 'sp-anderer-prozess' },
    metadata,
  });
  const account = await openAccount(api.database, { userId, email, now });
  const password = 'ein langes Passwort für Tests';
  await setPassword(api.database, { setupSecret: account?.setupSecret ?? '', password, now });
  people.set(userId, await signIn(api.app, email, password));
};

beforeAll(async () => {
  api = await createDemoApi();
  await openConsultation(api);
  for (const role of ROLES) for (const where of WHERE) await addPerson(role, where);
  // Seeding the demo and hashing eight passwords (argon2id) takes a while on a busy machine.
}, 240_000);
afterAll(() => api.close());

describe('the permission matrix', () => {
  it('covers one mutation per public command of every aggregate', () => {
    expect(new Set(mutations.map((m) => m.kind))).toEqual(new Set(AGGREGATE_KINDS));
    expect(mutations.length).toBeGreaterThanOrEqual(50);
  });

  it.each(mutations)(
    '$name: per process, only the roles the table names there get through',
    async (mutation) => {
      const inputType = getNamedType(mutation.input.type);
      if (!isInputObjectType(inputType)) throw new Error(`${mutation.name} has no input object`);
      const input = requiredFields(inputType.getFields(), mutation.kind);
      const query = `mutation($input: ${inputType.name}!) { ${mutation.name}(input: $input) { __typename } }`;
      for (const role of ROLES) {
        for (const where of WHERE) {
          const session = people.get(personKey(role, where));
          if (!session) throw new Error(`no ${role} ${where}`);
          const before = await api.counts();
          const response = await gqlAs(api.app, session, query, { input });
          const code = response.errors?.[0]?.extensions?.code;
          const label = `${role} ${where} ${mutation.name}`;
          // A command of the installation (a new process) needs a role held installation-wide.
          const inProcess = processOfCommandType(mutation.command) !== null;
          const mayHere = where === 'here' && inProcess && isAllowed(role, mutation.command);
          if (mayHere || isAllowed('public', mutation.command)) {
            expect(code, label).not.toBe('FORBIDDEN');
          } else {
            expect(code, `${label}: ${response.errors?.[0]?.message}`).toBe('FORBIDDEN');
            expect(await api.counts()).toEqual(before);
          }
        }
      }
    },
  );

  it.each(mutations)('$name: only the roles the table names get through', async (mutation) => {
    const inputType = getNamedType(mutation.input.type);
    if (!isInputObjectType(inputType)) throw new Error(`${mutation.name} has no input object`);
    const input = requiredFields(inputType.getFields(), mutation.kind);
    const query = `mutation($input: ${inputType.name}!) { ${mutation.name}(input: $input) { __typename } }`;
    for (const role of [...ROLES, 'anonymous'] as const) {
      const before = await api.counts();
      const response = await api.gql(query, { input }, { as: role });
      const code = response.errors?.[0]?.extensions?.code;
      if (
        isAllowed('public', mutation.command) ||
        (role !== 'anonymous' && isAllowed(role, mutation.command))
      ) {
        expect(code, `${role} ${mutation.name}`).not.toBe('FORBIDDEN');
      } else {
        expect(code, `${role} ${mutation.name}: ${response.errors?.[0]?.message}`).toBe(
          'FORBIDDEN',
        );
        expect(await api.counts()).toEqual(before);
      }
    }
  });
});
