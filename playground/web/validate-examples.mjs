// Checks playground/examples.json against the API's schema (schema/*.graphqls):
// every example must parse, be valid, hold exactly one named operation,
// start with a "#" comment block explaining it, give values of the right
// types for its variables, and stay within the server's default limits
// (depth, aliases, cost, length), measured the way graph/limits.go does.
//
//   node validate-examples.mjs            (run by build.sh)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema, parse, validate, getNamedType, getNullableType, isNonNullType,
  typeFromAST, coerceInputValue, Kind, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const schemaDir = join(here, '..', '..', 'schema');
const examplesFile = join(here, '..', 'examples.json');

// The ids the playground and its tests rely on.
const REQUIRED_IDS = [
  'projects-in-region-with-theme',
  'project-page',
  'co-production-week-programme',
  'case-studies-for-audience',
  'unpaid-carer-resources',
  'ics-local-authorities-projects',
  'paging-with-cursors',
  'provenance-and-sources',
];

// The server's defaults (server.go / graph/limits.go).
const LIMITS = { maxQueryBytes: 20000, maxDepth: 12, maxAliases: 30, maxCost: 25000 };
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

const files = readdirSync(schemaDir).filter(f => f.endsWith('.graphqls')).sort();
if (files.length === 0) throw new Error(`no .graphqls files in ${schemaDir}`);
const sdl = files.map(f => readFileSync(join(schemaDir, f), 'utf8')).join('\n');
const schema = buildSchema(sdl);

const examples = JSON.parse(readFileSync(examplesFile, 'utf8'));
const problems = [];
const fail = (id, msg) => problems.push(`${id}: ${msg}`);

if (!Array.isArray(examples)) throw new Error('examples.json must hold an array');
const seen = new Set();
for (const ex of examples) {
  const id = ex?.id ?? '(no id)';
  for (const key of ['id', 'title', 'description', 'query']) {
    if (typeof ex[key] !== 'string' || ex[key].trim() === '') fail(id, `"${key}" must be a non-empty string`);
  }
  for (const key of Object.keys(ex)) {
    if (!['id', 'title', 'description', 'query', 'variables'].includes(key)) fail(id, `unknown key "${key}"`);
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ex.id ?? '')) fail(id, 'id must be lower-case words joined by hyphens');
  if (seen.has(ex.id)) fail(id, 'duplicate id');
  seen.add(ex.id);
  if (ex.variables !== undefined && (typeof ex.variables !== 'object' || ex.variables === null || Array.isArray(ex.variables))) {
    fail(id, '"variables" must be an object when present');
  }
  if (typeof ex.query !== 'string') continue;
  if (!ex.query.startsWith('# ')) fail(id, 'the query must start with a "#" comment block that explains it');
  if (Buffer.byteLength(ex.query) > LIMITS.maxQueryBytes) fail(id, `query is over ${LIMITS.maxQueryBytes} bytes`);

  let doc;
  try {
    doc = parse(ex.query);
  } catch (e) {
    fail(id, `does not parse: ${e.message}`);
    continue;
  }
  for (const err of validate(schema, doc)) fail(id, `invalid: ${err.message}`);
  const ops = doc.definitions.filter(d => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) {
    fail(id, `must hold exactly one operation, found ${ops.length}`);
    continue;
  }
  const op = ops[0];
  if (op.operation !== 'query') fail(id, 'must be a query');
  if (!op.name) fail(id, 'the operation must be named (GraphiQL titles the tab with it)');

  // Variables: every required one given, none unknown, each value of the declared type.
  const vars = ex.variables ?? {};
  const declared = new Map(op.variableDefinitions.map(v => [v.variable.name.value, v]));
  for (const name of Object.keys(vars)) if (!declared.has(name)) fail(id, `variable "${name}" is not declared by the operation`);
  for (const [name, def] of declared) {
    const type = typeFromAST(schema, def.type);
    if (!(name in vars)) {
      if (isNonNullType(type) && !def.defaultValue) fail(id, `required variable $${name} has no value`);
      continue;
    }
    coerceInputValue(vars[name], type, (path, value, error) => {
      fail(id, `variable $${name}${path.length ? '.' + path.join('.') : ''}: ${error.message}`);
    });
  }

  // Limits, measured as graph/limits.go measures them.
  const m = measure(op.selectionSet, doc, vars);
  if (m.depth > LIMITS.maxDepth) fail(id, `nests ${m.depth} deep, over ${LIMITS.maxDepth}`);
  if (m.aliases > LIMITS.maxAliases) fail(id, `uses ${m.aliases} aliases, over ${LIMITS.maxAliases}`);
  if (m.cost > LIMITS.maxCost) fail(id, `costs ${m.cost}, over ${LIMITS.maxCost}`);
  ex._measure = m;
}
for (const id of REQUIRED_IDS) if (!seen.has(id)) fail(id, 'required example is missing');

if (problems.length) {
  console.error(`examples.json: ${problems.length} problem(s):\n  ` + problems.join('\n  '));
  process.exit(1);
}
for (const ex of examples) {
  console.log(`ok  ${ex.id.padEnd(32)} depth ${ex._measure.depth}, aliases ${ex._measure.aliases}, cost ${ex._measure.cost}`);
}
console.log(`${examples.length} examples valid against ${files.length} schema files`);

// measure mirrors graph/limits.go: each field costs the product of the page
// sizes of the connections above it; introspection fields are not counted.
function measure(selectionSet, doc, vars) {
  const fragments = new Map(doc.definitions.filter(d => d.kind === Kind.FRAGMENT_DEFINITION).map(f => [f.name.value, f]));
  const typeInfo = new TypeInfo(schema);
  const m = { depth: 0, aliases: 0, cost: 0 };
  // Resolve each field's return type with TypeInfo, keyed by node.
  const fieldTypes = new Map();
  visit(doc, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const t = typeInfo.getType();
      if (t) fieldTypes.set(node, getNamedType(getNullableType(t)).name);
    },
  }));
  const pageSize = field => {
    const typeName = fieldTypes.get(field) ?? '';
    if (!typeName.endsWith('Connection')) return 1;
    for (const name of ['first', 'last']) {
      const arg = field.arguments?.find(a => a.name.value === name);
      if (!arg) continue;
      let v = null;
      if (arg.value.kind === Kind.INT) v = Number(arg.value.value);
      else if (arg.value.kind === Kind.VARIABLE) v = vars[arg.value.name.value] ?? null;
      if (Number.isInteger(v) && v > 0) return Math.min(v, MAX_PAGE_SIZE);
    }
    return DEFAULT_PAGE_SIZE;
  };
  const walk = (set, depth, multiplier) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        if (sel.alias && sel.alias.value !== sel.name.value) m.aliases++;
        m.depth = Math.max(m.depth, depth);
        m.cost += multiplier;
        if (sel.selectionSet) walk(sel.selectionSet, depth + 1, multiplier * pageSize(sel));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, depth, multiplier);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(sel.name.value);
        if (f) walk(f.selectionSet, depth, multiplier);
      }
    }
  };
  walk(selectionSet, 1, 1);
  return m;
}
