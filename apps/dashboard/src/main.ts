import './styles/base.css';
import './styles/layout.css';
import './styles/print.css';
import { inRoleGroup } from '@lianxin/domain';
import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { session } from './auth/session';
import { applyTheme } from './composables/theme';
import { parseFilter } from './filters/filter';
import { overviewVariables } from './filters/overviewVariables';
import { todayInShanghai } from './format/period';
import { createGraphQLClient } from './graphql/client';
import { OverviewDocument } from './graphql/generated/graphql';
import { i18n } from './i18n';
import { createAppRouter } from './router';

// Before mount, so the first paint already has the right colours (no inline script: the CSP forbids it).
applyTheme();
document.documentElement.lang = i18n.global.locale.value;

// The overview's request leaves as soon as the session is known (at once when the page carries it:
// auth/session.ts), before the page renders: its own useQuery then finds it in flight or answered (same
// query, same variables).
const router = createAppRouter((to, s) => {
  if (to.name !== 'overview') return;
  const variables = overviewVariables(
    parseFilter(to.query),
    todayInShanghai(),
    inRoleGroup(s.user.role, 'caseReaders'),
  );
  void client.query(OverviewDocument, variables).toPromise();
});
const client = createGraphQLClient(() => {
  // The session ended while the page was open: back to sign-in, then back here.
  session.value = null;
  const current = router.currentRoute.value;
  if (current.name !== 'login') void router.replace({ name: 'login', query: { next: current.fullPath } });
});

createApp(App).use(router).use(i18n).use(urql, client).mount('#app');
