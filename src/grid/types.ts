// The grid's contract with the views: columns, rows with their marks, edits and the handle.
export interface GridColumn {
  key: string;
  title: string;
  width?: number;
  readOnly?: boolean;
  numeric?: boolean;
  /** Choices for a dropdown editor. */
  source?: readonly string[];
  /** Allow wrapping long text (quotes). */
  wrap?: boolean;
  /** Text kept as written (quotes, notes): never translated, marked for language checks. */
  verbatim?: boolean;
  /** Sort by each row's `sort` number (numeric columns always sort by their number). */
  sortByNumber?: boolean;
}

export interface CellMeta {
  className?: string;
  /** The tooltip; a function is called only when the cell is drawn (most cells never are). */
  title?: string | (() => string);
  badge?: string;
  /** No editor opens on it (a computed value); onLocked says why. Paste and fill still reach onEdit. */
  locked?: boolean;
}

export interface GridRow {
  key: string;
  values: Record<string, string | number | null>;
  meta?: Record<string, CellMeta>;
  readOnly?: Record<string, boolean>;
  /** The number a cell sorts by when its text is not that number (“差 2”, a status); null = last. */
  sort?: Record<string, number | null>;
}

export type EditSource = 'edit' | 'paste' | 'fill' | 'cut';

export interface CellChange {
  row: GridRow;
  key: string;
  raw: string;
}

export interface GridOptions {
  columns: readonly GridColumn[];
  /** Numbers as the screen shows them (its language's format). */
  formatNumber(n: number): string;
  /** The language of Handsontable's own menus. */
  lang: 'zh' | 'en';
  fixedColumns?: number;
  /** Fixed row height: no per-render measuring (the data view leaves it off for wrapped quotes). */
  rowHeight?: number;
  onEdit(changes: CellChange[], source: EditSource): void;
  onSelect?(row: GridRow, key: string): void;
  /** A value typed into a row that left the grid while its editor was open (another tab). */
  onRowGone?(raw: string): void;
  /** Typing into a locked cell: the editor stays closed, and the app says why. */
  onLocked?(row: GridRow, key: string): void;
  /** Extra context-menu entries acting on the selected rows. */
  rowActions?: { name: string; run(rows: GridRow[]): void }[];
}

export interface GridHandle {
  update(rows: GridRow[]): void;
  isEditing(): boolean;
  selected(): GridRow[];
  refresh(): void;
  /** Selects and focuses a cell; resolves once it has rendered (false: no such visible cell). */
  selectCell(rowKey: string, colKey: string): Promise<boolean>;
  /** Replaces the columns (e.g. when an import adds a district). */
  setColumns(columns: readonly GridColumn[]): void;
  destroy(): void;
}
