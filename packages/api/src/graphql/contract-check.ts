import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { calendarDateIn } from '@fahrplan/domain';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  buildSchema,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { DEFAULT_TIME_ZONE } from '../time-zone.js';
import { removalDateOf } from './schema/deprecations.js';

/**
 * The contract as last released to partners: the baseline every change is checked against.
 * Cutting a release copies `schema.graphql` here (`pnpm --filter @fahrplan/api contract:release`)
 * and adds its section to CHANGELOG.md.
 */
export const RELEASED_SCHEMA_FILE = fileURLToPath(
  new URL('../../contract/released.graphql', import.meta.url),
);

export interface ContractViolation {
  readonly path: string;
  readonly message: string;
  readonly why: string;
}

type Deprecation = { readonly reason: string; readonly removalDate: string | undefined };

/** The deprecation of the element at an inspector path (`Type.field`, `Type.field.arg`, `Enum.VALUE`). */
const deprecationAt = (schema: GraphQLSchema, path: string): Deprecation | undefined => {
  const [typeName = '', member, argument] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || member === undefined) return undefined;
  let reason: string | null | undefined;
  if (isEnumType(type)) reason = type.getValue(member)?.deprecationReason;
  else if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    reason =
      argument === undefined
        ? field?.deprecationReason
        : field?.args.find((arg) => arg.name === argument)?.deprecationReason;
  } else if (isInputObjectType(type)) reason = type.getFields()[member]?.deprecationReason;
  return reason ? { reason, removalDate: removalDateOf(reason) } : undefined;
};

/** Every field, argument and input field of the baseline whose type is `typeName`, by path. */
const usesOf = (schema: GraphQLSchema, typeName: string): string[] =>
  Object.values(schema.getTypeMap()).flatMap((type: GraphQLNamedType) => {
    if (type.name.startsWith('__')) return [];
    if (isObjectType(type) || isInterfaceType(type)) {
      return Object.values(type.getFields()).flatMap((field) => [
        ...(getNamedType(field.type).name === typeName ? [`${type.name}.${field.name}`] : []),
        ...field.args
          .filter((arg) => getNamedType(arg.type).name === typeName)
          .map((arg) => `${type.name}.${field.name}.${arg.name}`),
      ]);
    }
    if (isInputObjectType(type)) {
      return Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name === typeName)
        .map((field) => `${type.name}.${field.name}`);
    }
    return [];
  });

const REMOVALS = new Set<string>([
  'FIELD_REMOVED',
  'FIELD_ARGUMENT_REMOVED',
  'INPUT_FIELD_REMOVED',
  'ENUM_VALUE_REMOVED',
]);

/**
 * Why a breaking change may stand, or undefined if it may not. The rule: a removal is allowed
 * only if the element was deprecated in the released contract with a removal date that has
 * passed (`Removal after YYYY-MM-DD.` in its reason); a type may go once every use of it in the
 * released contract could go. Any other breaking change (a type narrowed, an argument made
 * required) never is: add the new shape beside the old, deprecate the old, remove it later.
 */
const allowed = (released: GraphQLSchema, change: Change, today: string): boolean => {
  const path = change.path ?? '';
  const removable = (elementPath: string) => {
    const deprecation = deprecationAt(released, elementPath);
    return deprecation?.removalDate !== undefined && deprecation.removalDate < today;
  };
  if (REMOVALS.has(change.type)) return removable(path);
  if (change.type === 'TYPE_REMOVED') {
    const uses = usesOf(released, path);
    return uses.length > 0 && uses.every(removable);
  }
  return false;
};

/**
 * The breaking changes from the released contract to `current` that the deprecation policy does
 * not allow; empty when the change is safe to ship. `today` is a UTC date (`YYYY-MM-DD`).
 */
export const contractViolations = async (
  releasedSdl: string,
  currentSdl: string,
  today: string,
): Promise<ContractViolation[]> => {
  const released = buildSchema(releasedSdl);
  const changes = await diff(released, buildSchema(currentSdl));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => !allowed(released, change, today))
    .map((change) => ({
      path: change.path ?? '(schema)',
      message: change.message,
      why: REMOVALS.has(change.type)
        ? 'removed without a deprecation in the released contract whose removal date has passed'
        : 'breaking: add the new shape beside the old one and deprecate the old one instead',
    }));
};

/** `pnpm --filter @fahrplan/api contract:check`: exits 1 naming each disallowed change. */
const main = async () => {
  // Removal dates are days in Germany, where the contract is published.
  const today = calendarDateIn(new Date().toISOString(), DEFAULT_TIME_ZONE);
  const violations = await contractViolations(
    readFileSync(RELEASED_SCHEMA_FILE, 'utf8'),
    readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8'),
    today,
  );
  for (const violation of violations) {
    console.error(`✗ ${violation.path}: ${violation.message} (${violation.why})`);
  }
  if (violations.length > 0) process.exit(1);
  console.log('The contract keeps every promise of the released one.');
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
