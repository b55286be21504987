// The SCIE learning API playground: GraphiQL, self-hosted.
//
// The page (served by playground.Handler) holds no inline script: it loads
// this bundle, which reads its settings from data- attributes on #graphiql:
//   data-endpoint      the GraphQL endpoint's path, e.g. /graphql
//   data-examples-url  where the example operations are (examples.json)
//   data-style-nonce   the CSP nonce for the <style> element GraphiQL adds
// Everything is fetched from the page's own origin.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, GraphiQLInterface, GraphiQLProvider } from 'graphiql';
import { useEditorContext } from '@graphiql/react';
import { Kind, parse } from 'graphql';
import 'graphiql/graphiql.css';
import './playground.css';

const EXAMPLES_TITLE = 'Examples';
const DEFAULT_EXAMPLE_ID = 'projects-in-region-with-theme';
const STORAGE_PREFIX = 'scie-learning-api';

// What a tab opened with "+" starts with.
const NEW_TAB_QUERY = `# Write a query here: Ctrl-Space suggests fields, Ctrl-Enter runs it and
# Shift-Ctrl-P tidies it. The Docs pane (book icon) describes every type and
# field; the Examples pane holds ready-made queries.
{
  projects(first: 5) {
    nodes {
      title
    }
  }
}
`;

// A fetcher for GraphQL over HTTP: POST JSON to the same-origin endpoint.
// A response that is not JSON (a proxy's error page, say) is shown as an error.
function createFetcher(endpoint) {
  return async (params, opts) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/graphql-response+json, application/json',
        'Content-Type': 'application/json',
        ...(opts?.headers ?? {}),
      },
      body: JSON.stringify(params),
    });
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${res.status} ${res.statusText}: the response is not JSON`, extensions: { body: text.slice(0, 2000) } }] };
    }
  };
}

function variablesText(example) {
  return example.variables ? JSON.stringify(example.variables, null, 2) : '';
}

function ExamplesIcon() {
  // A list with a "play" mark.
  return (
    <svg height="1em" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M4 5h11M4 10h11M4 15h6" />
      <path d="M14 14v6l5-3z" />
    </svg>
  );
}

// The Examples pane: each example's title and explanation; a click opens it
// in a tab (or switches to the tab that already holds it, unchanged).
function ExamplesPane({ examples, error }) {
  const editor = useEditorContext({ nonNull: true });
  const pending = useRef(null);

  const open = example => {
    const query = example.query;
    const variables = variablesText(example);
    const existing = editor.tabs.findIndex(tab => tab.query === query);
    if (existing >= 0) {
      editor.changeTab(existing);
      return;
    }
    const active = editor.tabs[editor.activeTabIndex];
    const activeIsEmpty = !active || !(active.query ?? '').trim();
    pending.current = { query, variables };
    if (activeIsEmpty) {
      fill();
    } else {
      editor.addTab(); // the tab's editors are filled once it is active
    }
  };

  // Fills the active tab with the pending example.
  const fill = () => {
    const p = pending.current;
    if (!p || !editor.queryEditor) return;
    pending.current = null;
    editor.queryEditor.setValue(p.query);
    editor.variableEditor?.setValue(p.variables);
    editor.updateActiveTabValues({ query: p.query, variables: p.variables, response: null });
  };
  useEffect(fill, [editor.activeTabIndex, editor.tabs.length]);

  return (
    <section className="scie-examples" aria-labelledby="scie-examples-title">
      <div className="graphiql-doc-explorer-title" id="scie-examples-title">{EXAMPLES_TITLE}</div>
      <p className="scie-examples-intro">
        Ready-made queries against the sample data. Each opens in its own tab
        with an explanation at the top; edit the values in the Variables pane
        and run it with the play button. The Docs pane describes every type
        and field.
      </p>
      {error ? <p className="scie-examples-error" role="alert">{error}</p> : null}
      <ol className="scie-examples-list">
        {examples.map(example => (
          <li key={example.id}>
            <button type="button" className="scie-example" onClick={() => open(example)} data-example-id={example.id}>
              <span className="scie-example-title">{example.title}</span>
              <span className="scie-example-description">{example.description}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function makeExamplesPlugin(examples, error) {
  return {
    title: EXAMPLES_TITLE,
    icon: ExamplesIcon,
    content: () => <ExamplesPane examples={examples} error={error} />,
  };
}

async function loadExamples(url) {
  if (!url) return { examples: [], error: null };
  try {
    const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const examples = await res.json();
    if (!Array.isArray(examples)) throw new Error('not a list');
    return { examples, error: null };
  } catch (e) {
    return { examples: [], error: `The examples could not be loaded (${e.message}).` };
  }
}

// GraphiQL keeps its tabs, history and open pane in local storage. Ours
// go under their own prefix, so that another GraphiQL on the same origin
// keeps its own. Storage may be unavailable (blocked, private windows):
// GraphiQL then works without it.
function prefixedLocalStorage(prefix) {
  let ls;
  try {
    ls = window.localStorage;
    ls.getItem(prefix);
  } catch {
    return null;
  }
  const ours = () => Object.keys(ls).filter(k => k.startsWith(prefix));
  return {
    getItem: k => ls.getItem(prefix + k),
    setItem: (k, v) => ls.setItem(prefix + k, v), // GraphiQL catches quota errors
    removeItem: k => ls.removeItem(prefix + k),
    clear: () => ours().forEach(k => ls.removeItem(k)),
    get length() {
      return ours().length;
    },
  };
}

const storage = prefixedLocalStorage(`${STORAGE_PREFIX}:`);

// True only on the first visit (per browser): the Examples pane opens then;
// later the pane that was last open (or none) is restored.
function firstVisit() {
  if (!storage) return true;
  try {
    if (storage.getItem('visited')) return false;
    storage.setItem('visited', '1');
  } catch {
    // storage full: treat as a first visit
  }
  return true;
}

// GraphiQL 3 reopens the pane named in storage but never stores it itself.
function rememberPane(plugin) {
  try {
    storage?.setItem('graphiql:visiblePlugin', plugin ? plugin.title : '');
  } catch {
    // storage full or blocked: the pane is simply not remembered
  }
}

// GraphiQL works out which operation of the query editor's text runs (its
// name goes into the request) only 100 ms after the last edit. Text pasted
// or typed over an example and run within that time went out under the name
// of the operation it replaced, and the server answered "operation ... not
// found". CurrentOperation keeps the editor's operations and selected
// operation current on every edit instead, by GraphiQL's own rule
// (getSelectedOperationName in @graphiql/toolkit); GraphiQL's delayed update
// then finds nothing to change. So Ctrl-Enter (the operation under the
// cursor), the run button (the selected or only operation), the tab's title
// and the history all follow the text as it is. The variables are read from
// their editor as the query runs.
function operationFacts(text) {
  if (!text) return null;
  try {
    const documentAST = parse(text);
    return { documentAST, operations: documentAST.definitions.filter(d => d.kind === Kind.OPERATION_DEFINITION) };
  } catch {
    return null; // half-typed: GraphiQL too then has no operation
  }
}

function selectedOperationName(previousOperations, previousName, operations) {
  if (!operations || operations.length === 0) return null;
  const names = operations.map(op => op.name?.value);
  if (previousName && names.includes(previousName)) return previousName;
  if (previousName && previousOperations) {
    const i = previousOperations.map(op => op.name?.value).indexOf(previousName);
    if (i !== -1 && i < names.length) return names[i] ?? null;
  }
  return names[0] ?? null;
}

function CurrentOperation() {
  const { queryEditor } = useEditorContext({ nonNull: true });
  useEffect(() => {
    if (!queryEditor) return undefined;
    const update = () => {
      const facts = operationFacts(queryEditor.getValue());
      queryEditor.operationName = selectedOperationName(queryEditor.operations, queryEditor.operationName, facts?.operations);
      queryEditor.operations = facts?.operations ?? null;
      queryEditor.documentAST = facts?.documentAST ?? null;
    };
    update();
    queryEditor.on('changes', update); // once per edit, before any key or click that runs it
    return () => queryEditor.off('changes', update);
  }, [queryEditor]);
  return null;
}

function Playground({ fetcher, plugins, defaultTabs, defaultQuery, initial, openExamples }) {
  // GraphiQL applies visiblePlugin again whenever it re-renders its plugins,
  // so it is passed only until the user first opens or closes a pane.
  const [initialPane, setInitialPane] = useState(openExamples ? EXAMPLES_TITLE : undefined);
  return (
    <GraphiQLProvider
      fetcher={fetcher}
      storage={storage}
      plugins={plugins}
      visiblePlugin={initialPane}
      onTogglePluginVisibility={plugin => {
        setInitialPane(undefined);
        rememberPane(plugin);
      }}
      defaultTabs={defaultTabs}
      defaultQuery={defaultQuery}
      query={initial?.query}
      variables={initial?.variables}
      shouldPersistHeaders={false}
    >
      <CurrentOperation />
      <GraphiQLInterface defaultEditorToolsVisibility="variables" showPersistHeadersSettings={false}>
        <GraphiQL.Logo>SCIE learning API</GraphiQL.Logo>
      </GraphiQLInterface>
    </GraphiQLProvider>
  );
}

// GraphiQL 3 opens the first of defaultTabs with its query but an empty
// Variables pane, and on the next visit it then finds no stored tab that
// matches the editors and opens a duplicate. So, while nothing is stored,
// the first tab's editors are stored too, as if typed; with no storage at
// all they are passed as the editors' contents instead.
function startWith(tab) {
  if (!tab) return null;
  if (!storage) return tab;
  try {
    if (!storage.getItem('graphiql:tabState')) {
      storage.setItem('graphiql:query', tab.query);
      if (tab.variables) storage.setItem('graphiql:variables', tab.variables);
    }
  } catch {
    return tab;
  }
  return null;
}

async function main() {
  const root = document.getElementById('graphiql');
  if (!root) return;
  const endpoint = root.dataset.endpoint || '/graphql';
  // The page's CSP allows no inline styles but those carrying its nonce.
  // The one <style> element GraphiQL adds (react-style-singleton, the scroll
  // lock of its dialogs) takes its nonce from this global.
  if (root.dataset.styleNonce) window.__webpack_nonce__ = root.dataset.styleNonce;
  const { examples, error } = await loadExamples(root.dataset.examplesUrl);
  const first = examples.find(e => e.id === DEFAULT_EXAMPLE_ID) ?? examples[0];
  const firstTab = first ? { query: first.query, variables: variablesText(first) } : null;
  root.textContent = '';
  createRoot(root).render(
    <Playground
      fetcher={createFetcher(endpoint)}
      plugins={[makeExamplesPlugin(examples, error)]}
      defaultTabs={firstTab ? [firstTab] : undefined}
      defaultQuery={NEW_TAB_QUERY}
      initial={startWith(firstTab)}
      openExamples={firstVisit()}
    />,
  );
}

main();
