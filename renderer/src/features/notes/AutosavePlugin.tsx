import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG, mergeRegister, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import { NoteSync, type NoteSyncIO } from './note-sync';

/** Marks the update that shows a change made elsewhere, which is not the user's typing. */
const STORED_TAG = 'qiraa-stored';

interface AutosavePluginProps {
  /** The stored content the editor was loaded from (null: the note is not stored yet). Read once. */
  loaded: string | null;
  /** The stored note, live: a new object for every read, null when there is no row, undefined while loading. */
  stored: { content: string } | null | undefined;
  onSave: NoteSyncIO['save'];
  onConflict: NoteSyncIO['conflict'];
  onSaveError: NoteSyncIO['error'];
  /** Reads the stored content afresh, before a change made elsewhere is shown. */
  onRead?: NoteSyncIO['read'];
  /** Changes within this time after a save are coalesced into the next one. */
  intervalMs?: number;
  /** After this long without a keystroke, a change stored elsewhere may be shown. */
  restMs?: number;
}

/** A save taking longer than a frame makes typing stutter if it runs between keystrokes. */
const SLOW_SAVE_MS = 16;
/** A note this long (serialised) is slow to save, before its first save has been timed. */
const LONG_NOTE_CHARS = 200_000;
/** A slow note is saved this long after the last keystroke… */
const PAUSE_MS = 400;
/** …or this long after the first unsaved one, while typing goes on. */
const MAX_WAIT_MS = 3000;

function serialise(state: EditorState): string {
  return JSON.stringify(state.toJSON());
}

/** Runs `task` when the page is idle; returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}

/**
 * Saves as the user types: the first change is saved at once, later ones at most every
 * `intervalMs` (the newest state wins). Only the user's changes are saved: opening a note never
 * writes it. Lexical's own passes after loading (plugins marking their nodes dirty, the root
 * element mounting) come tagged `history-merge` and are skipped, and a change is saved only if
 * its serialised state differs from what the editor showed when it was loaded or last saved.
 * The state is serialised when a change is sent, not on every keystroke, and a long note (one
 * whose save costs more than a frame) is saved when typing pauses rather than between keystrokes. Pending changes are saved on blur, when the editor goes
 * away (switching note or document) and when the page is hidden or unloaded. A change stored
 * elsewhere is shown when nothing typed here is unsaved (see NoteSync).
 */
export function AutosavePlugin({ loaded, stored, onSave, onConflict, onSaveError, onRead, intervalMs = 250, restMs = 1000 }: AutosavePluginProps) {
  const [editor] = useLexicalComposerContext();
  const io = useRef<NoteSyncIO>({ save: onSave, conflict: onConflict, error: onSaveError, read: onRead, load: () => {} });
  const sync = useRef<NoteSync | null>(null);
  const initial = useRef(loaded);
  const latest = useRef(stored);
  useEffect(() => {
    io.current = { ...io.current, save: onSave, conflict: onConflict, error: onSaveError, read: onRead };
  }, [onSave, onConflict, onSaveError, onRead]);
  useEffect(() => {
    latest.current = stored;
    sync.current?.storedChanged(stored && stored.content);
  }, [stored]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let restTimer: ReturnType<typeof setTimeout> | undefined;
    let lastSave = -Infinity;
    /** How long sending the last change took on this thread (serialising, deriving, journaling). */
    let lastCost = 0;
    /** When the oldest unsaved change was made (a slow note waits for a pause, but not for ever). */
    let pendingSince: number | null = null;
    // What is stored, as this editor serialises it (computed only when a change is sent, or when idle).
    let clean: { state: EditorState; json: string | null } = { state: editor.getEditorState(), json: null };
    const idle = whenIdle(() => {
      clean.json ??= serialise(clean.state);
    });
    const changeFrom = (state: EditorState) => () => {
      clean.json ??= serialise(clean.state);
      const json = serialise(state);
      if (json === clean.json) return null;
      clean = { state, json };
      return json;
    };
    const current = new NoteSync(
      {
        save: (content, base) => io.current.save(content, base),
        conflict: (copy) => io.current.conflict(copy),
        error: (error) => io.current.error(error),
        read: () => (io.current.read ? io.current.read() : Promise.resolve(latest.current ? latest.current.content : null)),
        load: (content) => {
          try {
            editor.setEditorState(editor.parseEditorState(content), { tag: STORED_TAG });
          } catch (error) {
            io.current.error(error);
          }
        },
      },
      initial.current,
    );
    sync.current = current;
    current.storedChanged(latest.current && latest.current.content);

    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pendingSince = null;
      if (!current.hasPending) return;
      lastSave = performance.now();
      current.flush();
      lastCost = performance.now() - lastSave;
    };
    const schedule = () => {
      const now = performance.now();
      pendingSince ??= now;
      // A long note, whose save costs more than a frame: saved when typing pauses (and at least every
      // few seconds), so keystrokes are not held up by serialising and storing megabytes.
      if (lastCost > SLOW_SAVE_MS || (clean.json?.length ?? 0) > LONG_NOTE_CHARS) {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(flush, Math.max(0, Math.min(PAUSE_MS, pendingSince + MAX_WAIT_MS - now)));
        return;
      }
      const wait = lastSave + intervalMs - now;
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };

    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
        if (tags.has(STORED_TAG)) {
          clean = { state: editorState, json: null };
          return;
        }
        // Selection moves, the initial load and Lexical's own passes are not the user's changes.
        if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        current.edit(changeFrom(editorState));
        schedule();
        clearTimeout(restTimer);
        restTimer = setTimeout(() => current.rest(), restMs);
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          flush();
          clearTimeout(restTimer);
          current.rest();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
    return () => {
      idle();
      flush();
      clearTimeout(restTimer);
      current.dispose();
      if (sync.current === current) sync.current = null;
      unregister();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, [editor, intervalMs, restMs]);

  return null;
}
