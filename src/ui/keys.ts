// Undo/redo shortcuts for the whole workbook. A cell editor or form field keeps its own undo.
export function bindUndoKeys(opts: { isEditing(): boolean; undo(): void; redo(): void }): void {
  document.addEventListener(
    'keydown',
    (e) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const isUndo = k === 'z' && !e.shiftKey;
      const isRedo = k === 'y' || (k === 'z' && e.shiftKey);
      if (!isUndo && !isRedo) return;
      const target = e.target as HTMLElement | null;
      const inField =
        target?.matches('input, select, textarea:not(.handsontableInput), [contenteditable]') ??
        false;
      if (inField || opts.isEditing()) return;
      e.preventDefault();
      e.stopPropagation();
      if (isUndo) opts.undo();
      else opts.redo();
    },
    true,
  );
}

/**
 * Ctrl+K (⌘K on a Mac) opens the search. A cell editor, a text field and an open dialog keep the
 * key (the browser's own Ctrl+K too): typing there is not interrupted.
 */
export function bindSearchKey(opts: { isEditing(): boolean; open(): void }): void {
  document.addEventListener(
    'keydown',
    (e) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.isComposing) return;
      if (e.key.toLowerCase() !== 'k' && e.code !== 'KeyK') return;
      const target = e.target as HTMLElement | null;
      const inField =
        target?.matches('input, textarea:not(.handsontableInput), [contenteditable]') ?? false;
      if (inField || opts.isEditing() || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      opts.open();
    },
    true,
  );
}
