import './styles/base.css';
import './styles/layout.css';
import './styles/print.css';
import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { session } from './auth/session';
import { applyTheme } from './composables/theme';
import { createGraphQLClient } from './graphql/client';
import { i18n } from './i18n';
import { createAppRouter } from './router';

// Before mount, so the first paint already has the right colours (no inline script: the CSP forbids it).
applyTheme();
document.documentElement.lang = i18n.global.locale.value;

const router = createAppRouter();
const client = createGraphQLClient(() => {
  // The session ended while the page was open: back to sign-in, then back here.
  session.value = null;
  const current = router.currentRoute.value;
  if (current.name !== 'login') void router.replace({ name: 'login', query: { next: current.fullPath } });
});

createApp(App).use(router).use(i18n).use(urql, client).mount('#app');
