import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $getRoot, $getSelection, $insertNodes, $isRangeSelection, COMMAND_PRIORITY_HIGH, DROP_COMMAND, FOCUS_COMMAND, createCommand, mergeRegister, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $createPassageLinkNode } from './PassageLinkNode';

export interface PassagePayload {
  highlightId: string;
  docId: string;
  quote: string;
}

export const INSERT_PASSAGE_LINK_COMMAND = createCommand<PassagePayload>('INSERT_PASSAGE_LINK_COMMAND');

/** The drag data type a highlight carries when dragged from the highlights panel. */
export const PASSAGE_DRAG_TYPE = 'application/x-qiraa-passage';

/** The note editor last focused, which "Link in note" inserts into. */
let lastFocused: LexicalEditor | null = null;

export function lastFocusedNoteEditor(): LexicalEditor | null {
  return lastFocused;
}

function parsePassage(raw: string): PassagePayload | null {
  try {
    const data = JSON.parse(raw) as Partial<PassagePayload>;
    return typeof data.highlightId === 'string' && typeof data.docId === 'string' && typeof data.quote === 'string'
      ? { highlightId: data.highlightId, docId: data.docId, quote: data.quote }
      : null;
  } catch {
    return null;
  }
}

function $insertPassage(payload: PassagePayload): void {
  const link = $createPassageLinkNode(payload.highlightId, payload.docId, payload.quote);
  const selection = $getSelection();
  if ($isRangeSelection(selection)) $insertNodes([link]);
  else $getRoot().append(link);
  if (!link.getNextSibling()) link.insertAfter($createParagraphNode());
}

/** Inserts passage links: by command (from the highlights panel) and by dropping a dragged highlight. */
export function InsertPassagePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unregister = mergeRegister(
      editor.registerCommand(
        INSERT_PASSAGE_LINK_COMMAND,
        (payload) => {
          $insertPassage(payload);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const passage = parsePassage(event.dataTransfer?.getData(PASSAGE_DRAG_TYPE) ?? '');
          if (!passage) return false;
          event.preventDefault();
          $insertPassage(passage);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        FOCUS_COMMAND,
        () => {
          lastFocused = editor;
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
    return () => {
      unregister();
      if (lastFocused === editor) lastFocused = null;
    };
  }, [editor]);
  return null;
}
