// A bounded sample of a page's words for the classifier. `innerText` would lay out the whole page
// (hundreds of ms on a 5 MB page); this walks text nodes in document order and stops at a budget,
// skipping scripts, styles and the overlay itself.

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
  let visited = 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      // Over budget: hand back this node at once so the loop below can stop.
      if (++visited > maxNodes) return NodeFilter.FILTER_ACCEPT;
      if (node.nodeType === 1) {
        const el = node as Element;
        return SKIP.has(el.tagName.toUpperCase()) || el === exclude ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars && visited <= maxNodes; node = walker.nextNode()) {
    const value = node.nodeValue;
    if (!value) continue;
    const trimmed = value.length > maxChars ? value.slice(0, maxChars) : value;
    if (!/\S/.test(trimmed)) continue;
    parts.push(trimmed);
    length += trimmed.length + 1;
  }
  return parts.join(' ').slice(0, maxChars);
}
