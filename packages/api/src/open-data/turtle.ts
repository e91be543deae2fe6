/**
 * A small Turtle writer for the catalogue: literals and IRIs escaped as RDF 1.1 Turtle requires,
 * subjects with their predicates. The output is checked by an independent parser (N3.js) in tests.
 */
export type Term =
  | { readonly iri: string }
  | { readonly prefixed: string }
  | { readonly text: string; readonly language?: string }
  | { readonly typed: string; readonly datatype: string }
  | { readonly node: readonly Predicate[] };

export type Predicate = readonly [predicate: string, objects: readonly Term[]];

export const iri = (value: string): Term => ({ iri: value });
/** A name in a declared vocabulary, e.g. `dcat:Dataset`. */
export const term = (value: string): Term => ({ prefixed: value });
export const text = (value: string, language?: string): Term =>
  language === undefined ? { text: value } : { text: value, language };
export const typed = (value: string, datatype: string): Term => ({ typed: value, datatype });
/** A blank node (an agent, a contact point) described in place. */
export const node = (...predicates: readonly Predicate[]): Term => ({ node: predicates });

const escapeText = (value: string) =>
  value
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t');

/** IRIs may not hold spaces, control characters or `<>"{}|^`\`: they are percent-encoded. */
const UNSAFE_IN_IRI = new Set('<>"{}|^`\\');
const escapeIri = (value: string) =>
  [...value]
    .map((char) =>
      char.charCodeAt(0) <= 0x20 || UNSAFE_IN_IRI.has(char)
        ? `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
        : char,
    )
    .join('');

const termOf = (value: Term, indent: string): string => {
  if ('iri' in value) return `<${escapeIri(value.iri)}>`;
  if ('prefixed' in value) return value.prefixed;
  if ('text' in value)
    return `"${escapeText(value.text)}"${value.language ? `@${value.language}` : ''}`;
  if ('typed' in value) return `"${escapeText(value.typed)}"^^${value.datatype}`;
  return `[\n${predicatesOf(value.node, `${indent}  `)}\n${indent}]`;
};

const predicatesOf = (predicates: readonly Predicate[], indent: string): string =>
  predicates
    .filter(([, objects]) => objects.length > 0)
    .map(
      ([predicate, objects]) =>
        `${indent}${predicate} ${objects.map((object) => termOf(object, indent)).join(', ')}`,
    )
    .join(' ;\n');

export interface Subject {
  readonly subject: string;
  readonly predicates: readonly Predicate[];
}

export const turtleOf = (
  prefixes: Readonly<Record<string, string>>,
  subjects: readonly Subject[],
) =>
  [
    ...Object.entries(prefixes).map(([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .`),
    '',
    ...subjects.map(
      ({ subject, predicates }) => `<${escapeIri(subject)}>\n${predicatesOf(predicates, '  ')} .\n`,
    ),
  ].join('\n');
