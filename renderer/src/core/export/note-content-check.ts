/**
 * Whether a note's stored content is something the note editor can open: serialized Lexical
 * state whose every node is of a type the editor knows, in a place the editor accepts it. Content
 * that is not (not JSON, an unknown node type) would blank the window or open as an empty note
 * whose next keystroke overwrites what was there. Pure: the node types are restated here and a
 * test beside note-editor-config checks they are exactly the editor's.
 */
import type { Message } from '../message';
import { NOTE_LINK_TYPE, PASSAGE_LINK_TYPE } from '../notes/note-types';

/** Nodes that hold other nodes in a `children` list. */
export const ELEMENT_NODE_TYPES: readonly string[] = ['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink'];
/** Nodes without children, each with the string fields it must have. */
export const LEAF_NODE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  text: ['text'],
  linebreak: [],
  tab: ['text'],
  [NOTE_LINK_TYPE]: ['noteId', 'title'],
  [PASSAGE_LINK_TYPE]: ['highlightId', 'docId', 'quote'],
};
/** Inline nodes: the root holds only blocks. */
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', NOTE_LINK_TYPE]);
const ELEMENTS = new Set(ELEMENT_NODE_TYPES);

type Node = Record<string, unknown>;

function nodeProblem(value: unknown, parentType: string): Message | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: 'notes.problem.notNode', values: { type: parentType } };
  const node = value as Node;
  const type = node.type;
  if (typeof type !== 'string') return { id: 'notes.problem.noType' };
  if (type === 'root') return { id: 'notes.problem.nestedRoot' };
  if (parentType === 'root' && INLINE_TYPES.has(type)) return { id: 'notes.problem.inlineOutside', values: { type } };
  if (ELEMENTS.has(type)) {
    if (!Array.isArray(node.children)) return { id: 'notes.problem.noChildren', values: { type } };
    if ((type === 'link' || type === 'autolink') && typeof node.url !== 'string') return { id: 'notes.problem.noUrl', values: { type } };
    for (const child of node.children) {
      const problem = nodeProblem(child, type);
      if (problem !== null) return problem;
    }
    return null;
  }
  const fields = LEAF_NODE_FIELDS[type];
  if (fields === undefined) return { id: 'notes.problem.unknownType', values: { type } };
  const missing = fields.find((field) => typeof node[field] !== 'string');
  return missing === undefined ? null : { id: 'notes.problem.missingField', values: { type, field: missing } };
}

/**
 * Why the note editor cannot open `content`, as a message for the user ("it is not JSON", "it holds a
 * node of type …", with the node's type and field as values), or null when it can.
 */
export function noteContentProblem(content: string): Message | null {
  let state: unknown;
  try {
    state = JSON.parse(content);
  } catch {
    return { id: 'notes.problem.notJson' };
  }
  const root = typeof state === 'object' && state !== null ? (state as { root?: unknown }).root : undefined;
  if (typeof root !== 'object' || root === null || (root as Node).type !== 'root') return { id: 'notes.problem.notEditorState' };
  const children = (root as Node).children;
  if (!Array.isArray(children)) return { id: 'notes.problem.rootNoChildren' };
  for (const child of children) {
    const problem = nodeProblem(child, 'root');
    if (problem !== null) return problem;
  }
  return null;
}
