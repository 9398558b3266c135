// A grid view mounted when it is first shown: Handsontable instances for tabs the planner has
// not opened cost start-up time (≈ 40–60 ms each at city scale) and draw nothing useful hidden.
import type { AppState } from '../state/state';
import type { GridHandle } from '../grid/grid';

/**
 * A view handle whose `mount` runs at the first `update` (the renderer updates only the shown
 * view). `grid` is undefined until then: nothing is being edited or can be selected there.
 */
export function lazyView<H extends { update(s: AppState): void; grid?: GridHandle }>(
  mount: () => H,
): { update(s: AppState): void; readonly grid: GridHandle | undefined; mounted(): H } {
  let view: H | null = null;
  const mounted = () => (view ??= mount());
  return {
    update: (s) => mounted().update(s),
    get grid() {
      return view?.grid;
    },
    mounted,
  };
}
