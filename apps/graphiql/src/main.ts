// The analysts' GraphiQL page: an app of its own, so React and GraphiQL are never the dashboard's.
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from '@lianxin/operations/graphiql-examples';
import { fetchGraphQL } from './fetcher';

const container = document.getElementById('graphiql');
if (!container) throw new Error('index.html must contain <div id="graphiql">');

// createElement rather than JSX: one call does not justify @vitejs/plugin-react and a second JSX setup.
createRoot(container).render(
  createElement(
    GraphiQL,
    {
      fetcher: fetchGraphQL,
      // Used only when the browser has no saved tabs yet (GraphiQL keeps tabs in localStorage).
      defaultTabs: EXAMPLE_TABS,
      defaultEditorToolsVisibility: false,
    },
    // The stock logo links to github.com, a dead end inside the intranet.
    createElement(GraphiQL.Logo, null, '连心 GraphiQL'),
  ),
);
