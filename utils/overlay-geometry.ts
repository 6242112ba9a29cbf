// Where the overlay may sit without hiding what the user is working on. Pure rectangle maths;
// the content script measures the page.

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export type Side = 'right' | 'left';

export const PANEL_WIDTH = 360;
export const PANEL_MARGIN = 16;

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The panel's box when docked to `side` of a viewport, given its current height. */
export function panelBox(side: Side, viewport: { width: number; height: number }, height: number): Box {
  const width = Math.min(PANEL_WIDTH, Math.max(0, viewport.width - 2 * PANEL_MARGIN));
  const left = side === 'right' ? viewport.width - PANEL_MARGIN - width : PANEL_MARGIN;
  return { left, top: viewport.height - PANEL_MARGIN - height, width, height };
}

export type Placement = { readonly side: Side; readonly collapse: false } | { readonly collapse: true };

/**
 * Where the panel goes so it does not cover `focused` (the page element with focus): stay if it
 * does not overlap, else the other side, else collapse to the launcher.
 */
export function placeAround(
  focused: Box,
  side: Side,
  viewport: { width: number; height: number },
  height: number,
): Placement {
  if (!intersects(focused, panelBox(side, viewport, height))) return { side, collapse: false };
  const other: Side = side === 'right' ? 'left' : 'right';
  if (!intersects(focused, panelBox(other, viewport, height))) return { side: other, collapse: false };
  return { collapse: true };
}

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

/** The launcher button's box in a corner of the viewport. */
export function cornerBox(corner: Corner, viewport: { width: number; height: number }, size: { width: number; height: number }): Box {
  const left = corner.endsWith('right') ? viewport.width - PANEL_MARGIN - size.width : PANEL_MARGIN;
  const top = corner.startsWith('bottom') ? viewport.height - PANEL_MARGIN - size.height : PANEL_MARGIN;
  return { left, top, width: size.width, height: size.height };
}

/** The first corner, starting from `current`, where the launcher does not cover `focused`. */
export function launcherCorner(
  focused: Box,
  current: Corner,
  viewport: { width: number; height: number },
  size: { width: number; height: number },
): Corner {
  const order = [current, ...CORNERS.filter((c) => c !== current)];
  return order.find((corner) => !intersects(focused, cornerBox(corner, viewport, size))) ?? current;
}
