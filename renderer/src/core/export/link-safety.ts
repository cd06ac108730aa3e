/**
 * Which link targets a note may hold and an export may write: web and mail links only. A
 * `javascript:`, `data:`, `vbscript:` or `file:` URL (or anything the URL parser cannot read)
 * is not a link; its text stays, as plain text.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True for an absolute http(s) or mailto URL, read as a browser reads it (tabs, newlines and leading spaces ignored). */
export function isSafeLinkUrl(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

interface JsonNode {
  type?: unknown;
  url?: unknown;
  children?: unknown;
}

const isLink = (node: JsonNode) => node.type === 'link' || node.type === 'autolink';

/** The children with every unsafe link replaced by its own (cleaned) children; null when nothing changed. */
function cleanChildren(children: unknown[]): unknown[] | null {
  let changed = false;
  const cleaned = children.flatMap((child): unknown[] => {
    if (typeof child !== 'object' || child === null) return [child];
    const node = child as JsonNode;
    const inner = Array.isArray(node.children) ? cleanChildren(node.children) : null;
    if (isLink(node) && !(typeof node.url === 'string' && isSafeLinkUrl(node.url))) {
      changed = true;
      return inner ?? (Array.isArray(node.children) ? node.children : []);
    }
    if (inner === null) return [child];
    changed = true;
    return [{ ...node, children: inner }];
  });
  return changed ? cleaned : null;
}

/**
 * Serialized Lexical state with every link whose URL is not safe unwrapped: its text stays where
 * it was, no longer a link. Content without such links, or that is not Lexical JSON, comes back
 * exactly as it was.
 */
export function withoutUnsafeLinks(content: string): string {
  let state: { root?: JsonNode } | null;
  try {
    state = JSON.parse(content) as { root?: JsonNode } | null;
  } catch {
    return content;
  }
  const root = state?.root;
  if (typeof root !== 'object' || root === null || !Array.isArray(root.children)) return content;
  const children = cleanChildren(root.children);
  return children === null ? content : JSON.stringify({ ...state, root: { ...root, children } });
}
