// A bounded sample of a page's words for the classifier. `innerText` would lay out the whole page
// (hundreds of ms on a 5 MB page); this walks nodes in document order and stops at a budget of
// characters and of nodes, skipping scripts, styles and the overlay itself.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TEXTAREA']);

export interface SampleOptions {
  /** Characters to collect. */
  maxChars?: number;
  /** Nodes (elements and text) to visit at most. */
  maxNodes?: number;
  exclude?: Element | null;
}

export function pageTextSample(doc: Document, options: SampleOptions = {}): string {
  const maxChars = options.maxChars ?? 12_000;
  const maxNodes = options.maxNodes ?? 20_000;
  const root = doc.body;
  if (!root) return '';
  const exclude = options.exclude ?? null;
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && length < maxChars && visited < maxNodes) {
    visited++;
    let descend = false;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (/\S/.test(value)) {
        const piece = value.length > maxChars - length ? value.slice(0, maxChars - length) : value;
        parts.push(piece);
        length += piece.length + 1;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      descend = el !== exclude && !SKIP.has(el.tagName.toUpperCase());
    }
    // Pre-order step without recursion: a DOM thousands of levels deep is no problem.
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return parts.join(' ').slice(0, maxChars);
}
