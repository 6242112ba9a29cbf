import type { HighlightRect } from './model';

/** An outline drawn over the page element, in the overlay's own layer: the page's styles stay untouched. */
export function HighlightBox({ rect }: { rect: HighlightRect }) {
  return (
    <div
      class="sx-highlight"
      aria-hidden="true"
      style={{ left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` }}
    />
  );
}
