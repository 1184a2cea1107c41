/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

import 'vue-router';
declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Shows single cases: not for the wall-screen role (aggregates only). */
    caseLevel?: boolean;
    /** Administrators only (KPI targets); others are sent to the overview. */
    adminOnly?: boolean;
  }
}
