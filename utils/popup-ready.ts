// When the popup's checklist becomes usable: the moment `npm run bench` measures (popupReadyMs) as
// the `simexit:popup-ready` mark. The first render usually has the steps; when the worker's guide
// came later, the mark waits for the render that puts enabled checkboxes in the DOM.
export const POPUP_READY_MARK = 'simexit:popup-ready';
const USABLE = '.sx-step__check:not(:disabled)';

export function markWhenUsable(root: Element, mark: () => void = () => performance.mark(POPUP_READY_MARK)): void {
  if (root.querySelector(USABLE)) return mark();
  const observer = new MutationObserver(() => {
    if (!root.querySelector(USABLE)) return;
    observer.disconnect();
    mark();
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}
