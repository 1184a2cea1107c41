import { type Component, defineAsyncComponent, defineComponent, h } from 'vue';
import { useIdle } from '../composables/idle';
import StatePanel from './StatePanel.vue';

/** A card of the funnel panel's height that reports loading, so the layout stays still. */
const Placeholder = {
  render: () => h('section', { class: 'card panel' }, h(StatePanel, { loading: true, height: 400 })),
};
const FunnelPanel = defineAsyncComponent({
  loader: () => import('./FunnelPanel.vue'),
  loadingComponent: Placeholder,
  delay: 0,
});

/**
 * The funnel panel, loaded once the page is first idle rather than with the page's code: its plot needs
 * the domain's statistics (~30 KB gzip of numeric code) that no other panel does, and fetched while the
 * page rendered it delayed the first screen's numbers. Props and listeners pass through unchanged.
 */
export const FunnelPanelLazy = defineComponent({
  name: 'FunnelPanelLazy',
  inheritAttrs: false,
  setup(_, { attrs }) {
    const idle = useIdle();
    return () => (idle.value ? h(FunnelPanel as Component, attrs) : h(Placeholder));
  },
});
