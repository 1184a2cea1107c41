// The dashboard's and the wall's GraphQL operations (graphql/*.graphql, one operation or fragment per
// file, named after it), for everyone who sends or checks them: the dashboard's codegen, the API's tests
// and benches. Plain JavaScript without a build: the bench scripts load it in Node as it is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the .graphql files. */
export const operationsDir = fileURLToPath(new URL('../graphql', import.meta.url));

const DEFINITION = /^(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/gm;
// A named spread; `... on Type` is an inline fragment (a fragment can never be named "on").
const SPREAD = /\.\.\.\s*(?!on\b)([A-Za-z_][A-Za-z0-9_]*)/g;

/** Read once per process: the files do not change under a running test or bench. */
let definitions = null;

function readDefinitions() {
  if (definitions) return definitions;
  const operations = new Map();
  const fragments = new Map();
  const files = fs.readdirSync(operationsDir).filter((f) => f.endsWith('.graphql'));
  for (const file of files.sort()) {
    const text = fs.readFileSync(path.join(operationsDir, file), 'utf8');
    const heads = [...text.matchAll(DEFINITION)];
    // The spread scan below reads a file as one definition; a second one would go unnoticed.
    if (heads.length !== 1 || `${heads[0][2]}.graphql` !== file) {
      throw new Error(`${file}: must hold exactly one operation or fragment, named like the file`);
    }
    const [, kind, name] = heads[0];
    if (kind === 'fragment') fragments.set(name, text);
    else operations.set(name, { kind, file, text });
  }
  definitions = { operations, fragments };
  return definitions;
}

/**
 * The document as the dashboard's generated code sends it: the operation, then every fragment it
 * spreads (and those spread inside them), each once.
 */
function documentOf(text, fragments) {
  const used = new Set();
  const collect = (source) => {
    // Comments out first: a fragment named in a comment is not spread.
    for (const [, name] of source.replace(/#.*$/gm, '').matchAll(SPREAD)) {
      if (used.has(name)) continue;
      const fragment = fragments.get(name);
      if (fragment === undefined) throw new Error(`no fragment ${name} in ${operationsDir}`);
      used.add(name);
      collect(fragment);
    }
  };
  collect(text);
  return [text, ...[...used].map((name) => fragments.get(name))].join('\n');
}

/** Every operation (fragments are in their documents), by file name. */
export function readOperations() {
  const { operations, fragments } = readDefinitions();
  return [...operations].map(([name, { kind, file, text }]) => ({
    name,
    kind,
    file,
    document: documentOf(text, fragments),
  }));
}

/** One operation's document, with its fragments. */
export function operationDocument(name) {
  const { operations, fragments } = readDefinitions();
  const operation = operations.get(name);
  if (!operation) throw new Error(`no operation ${name} in ${operationsDir}`);
  return documentOf(operation.text, fragments);
}
