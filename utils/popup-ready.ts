// When the popup's checklist becomes usable: the moment `npm run bench` measures (popupReadyMs) as
// the `simexit:popup-ready` mark. main.tsx checks after each render of its one effect, which is
// every render that can bring the steps (the guide arriving, an operator chosen): usually the first
// render has them; when the worker's guide came later, the render that puts enabled checkboxes in the DOM.
// Then the step the popup's address names gets focus (utils/step-link.ts): the first moment it exists.
import { showLinkedStep } from './step-link';

export const POPUP_READY_MARK = 'simexit:popup-ready';
const USABLE = '.sx-step__check:not(:disabled)';

/** A check to run after each render: it marks once, the first time the checklist is usable. */
export function readyMarker(
  root: ParentNode,
  mark: () => void = () => {
    performance.mark(POPUP_READY_MARK);
    showLinkedStep();
  },
): () => void {
  let marked = false;
  return () => {
    if (marked || !root.querySelector(USABLE)) return;
    marked = true;
    mark();
  };
}
