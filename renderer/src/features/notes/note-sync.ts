/**
 * Keeps one open note editor and the stored note in step; no DOM, no Lexical. The editor's
 * changes are sent with the stored content they were based on, so the store can tell when
 * another window (or a restore) changed the note in between. Changes made elsewhere reach the
 * editor through `storedChanged`: shown once the user rests (nothing unsaved, no keystroke for a
 * moment, so the text never changes under the caret), or else left to the next save, which keeps
 * the other version as a conflict copy.
 */
import type { NoteRow } from '../../core/notes/note-types';
import type { SaveOutcome } from '../../data/note-store';

export interface NoteSyncIO {
  /** Stores `content`; must journal it synchronously, before the first await. */
  save: (content: string, base: string | null) => Promise<SaveOutcome>;
  /** Shows stored content in place of the editor's own (called only with nothing unsaved). */
  load: (content: string) => void;
  conflict: (copy: NoteRow) => void;
  error: (error: unknown) => void;
  /**
   * Reads the stored content afresh. Live reads can arrive late, after a newer one (a save of
   * this editor's read back after the other window's), so before showing news the stored row
   * itself decides what the editor shows.
   */
  read?: () => Promise<string | null>;
}

export class NoteSync {
  /** The stored content the next save is based on: what the store holds once earlier saves land. */
  private base: string | null;
  /** Saves not yet seen back from the store, oldest first. */
  private unseen: { content: string; landed: boolean }[] = [];
  /** The unsaved change: its content, or how to read it (null: nothing changed after all). */
  private pending: string | (() => string | null) | null = null;
  private typing = false;
  private inFlight = 0;
  /** A stored content written elsewhere, not shown yet (null: the row is gone). */
  private foreign: string | null | undefined = undefined;
  private disposed = false;

  constructor(
    private readonly io: NoteSyncIO,
    base: string | null,
  ) {
    this.base = base;
  }

  /**
   * The editor changed; the change is sent by the next `flush`. A long note passes a function,
   * read only when the change is sent, so a keystroke does not serialise the whole note; it
   * returns null when the content is what is stored after all (nothing to save).
   */
  edit(content: string | (() => string | null)): void {
    this.pending = content;
    this.typing = true;
  }

  /** The user stopped typing (a pause, or the editor lost focus). */
  rest(): void {
    this.typing = false;
    this.settle();
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }

  /** Sends the pending change, if any. */
  flush(): void {
    if (this.pending === null) return;
    const content = typeof this.pending === 'function' ? this.pending() : this.pending;
    const base = this.base;
    this.pending = null;
    if (content === null) {
      this.settle();
      return;
    }
    // Saves of one note land in order (one IndexedDB store), so the next is based on this one.
    this.base = content;
    const sent = { content, landed: false };
    this.unseen.push(sent);
    this.inFlight++;
    this.io
      .save(content, base)
      .then(
        (outcome) => {
          if (outcome.kind !== 'conflict') return;
          // The version written elsewhere that this save replaced is kept as a copy, not shown here.
          if (this.foreign === outcome.copy.content) this.foreign = undefined;
          if (!this.disposed) this.io.conflict(outcome.copy);
        },
        (error: unknown) => this.io.error(error),
      )
      .finally(() => {
        sent.landed = true;
        this.inFlight--;
        this.settle();
      });
  }

  /** A live read of the stored content (null: no row; undefined: not read yet). Reads come in the order of the writes. */
  storedChanged(content: string | null | undefined): void {
    if (content === undefined) return;
    const own = this.unseen.findLastIndex((sent) => sent.content === content);
    if (own >= 0) {
      // One of this editor's saves, read back: it and every earlier one are settled.
      this.unseen.splice(0, own + 1);
      this.foreign = undefined;
      return;
    }
    // Written elsewhere after every save of ours that had landed, which can no longer be read back.
    this.unseen = this.unseen.filter((sent) => !sent.landed);
    this.foreign = content;
    this.settle();
  }

  /** The editor is going away: later news is not shown. */
  dispose(): void {
    this.disposed = true;
  }

  private settle(): void {
    const stored = this.foreign;
    if (this.disposed || this.typing || this.pending !== null || this.inFlight > 0 || stored === undefined) return;
    this.foreign = undefined;
    if (!this.io.read) {
      this.show(stored);
      return;
    }
    void this.io.read().then(
      (current) => {
        // Typing began while reading: the news waits for the next rest.
        if (this.disposed || this.typing || this.pending !== null || this.inFlight > 0) this.foreign = current;
        else this.show(current);
      },
      (error: unknown) => this.io.error(error),
    );
  }

  private show(stored: string | null): void {
    // A missing row is the owner's business (the pane closes); typing after that writes it back.
    if (stored === null || stored === this.base) return;
    this.base = stored;
    this.io.load(stored);
  }
}
