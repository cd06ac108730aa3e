import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useState } from 'react';
import type { NoteRow } from '../../core/notes/note-types';
import { noteRow, readNoteContent, saveNote, type NoteIdentity } from '../../data/note-store';
import { AutosavePlugin } from './AutosavePlugin';
import { EditorFocusPlugin } from './EditorFocusPlugin';
import { ConflictNotice } from './ConflictNotice';
import { InsertPassagePlugin } from './InsertPassagePlugin';
import { ListItemDirectionPlugin } from './ListItemDirectionPlugin';
import { NOTE_NODES, NOTE_THEME, NOTE_TRANSFORMERS, reportEditorError } from './note-editor-config';
import { NoteLinkTypeaheadPlugin } from './NoteLinkTypeaheadPlugin';
import { PassageCaretPlugin } from './PassageCaretPlugin';
import { SafeLinksPlugin } from './SafeLinksPlugin';

interface NoteEditorProps {
  /** Which note this is; the row is created by the first save. Key the editor by `identity.id`. */
  identity: NoteIdentity;
  /** Stored content, or undefined for a new note. Read once. */
  initialContent: string | undefined;
  /** The stored note now, live (null: no row; undefined: loading); a change made elsewhere is shown. */
  stored: { content: string } | null | undefined;
  label: string;
  placeholder: string;
  onSaveError: (error: unknown) => void;
}

/** A rich-text note: Markdown shortcuts, lists, links, [[note links]], saved as the user types. */
export function NoteEditor({ identity, initialContent, stored, label, placeholder, onSaveError }: NoteEditorProps) {
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'qiraa-note',
    nodes: NOTE_NODES,
    theme: NOTE_THEME,
    onError: reportEditorError,
    editorState: initialContent,
  }));
  const [copies, setCopies] = useState<NoteRow[]>([]);
  const [copyId] = useState(() => crypto.randomUUID());
  const save = useCallback((content: string, base: string | null) => saveNote(noteRow(identity, content), base, copyId), [identity, copyId]);
  const read = useCallback(() => readNoteContent(identity.id), [identity.id]);
  const keepCopy = useCallback((copy: NoteRow) => setCopies((shown) => [...shown.filter((c) => c.id !== copy.id), copy]), []);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="note-editor-shell">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="note-editor"
              data-testid="note-editor"
              data-note-id={identity.id}
              aria-label={label}
              aria-placeholder={placeholder}
              placeholder={<div className="note-placeholder">{placeholder}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <ListItemDirectionPlugin />
      <LinkPlugin validateUrl={isSafeUrl} />
      <SafeLinksPlugin />
      <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
      <NoteLinkTypeaheadPlugin currentNoteId={identity.id} />
      <InsertPassagePlugin />
      <PassageCaretPlugin />
      <EditorFocusPlugin noteId={identity.id} />
      <AutosavePlugin loaded={initialContent ?? null} stored={stored} onSave={save} onConflict={keepCopy} onSaveError={onSaveError} onRead={read} />
      {copies.length > 0 && <ConflictNotice copies={copies} onDismiss={() => setCopies([])} />}
    </LexicalComposer>
  );
}

/** Only web and mail links: a `javascript:` URL in a note must never become a link. */
function isSafeUrl(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url.trim());
}
