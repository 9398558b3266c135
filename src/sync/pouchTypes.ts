// Types for the part of PouchDB's API used here (PouchDB 9 ships none).
export interface StoredDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [k: string]: unknown;
}

export interface WriteResult {
  ok?: boolean;
  id: string;
  rev?: string;
  error?: string | boolean;
  reason?: string;
  message?: string;
  status?: number;
}

export interface AllDocsRow {
  id: string;
  key: string;
  value?: { rev: string; deleted?: boolean };
  doc?: StoredDoc | null;
  error?: string;
}

export interface Emitter {
  on(event: string, fn: (...args: never[]) => void): this;
  removeAllListeners(event?: string): this;
}

export interface Changes extends Emitter {
  cancel(): void;
}

export interface Replication extends Emitter {
  cancel(): void;
}

export interface SyncHandle extends Emitter {
  push: Replication;
  pull: Replication;
  cancel(): void;
}

export interface ChangesOptions {
  live?: boolean;
  since?: number | string;
  include_docs?: boolean;
  conflicts?: boolean;
  style?: 'all_docs' | 'main_only';
  return_docs?: boolean;
}

export interface ChangeInfo {
  id: string;
  seq: number | string;
  deleted?: boolean;
  changes: { rev: string }[];
}

export interface ReplicateOptions {
  live?: boolean;
  retry?: boolean;
  back_off_function?: (delay: number) => number;
  batch_size?: number;
  /** Sync only: options of one direction (a JS filter works for a local source). */
  push?: { filter?: (doc: StoredDoc) => boolean };
}

export interface Db {
  name: string;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  get(id: string, opts?: { rev?: string; conflicts?: boolean }): Promise<StoredDoc>;
  get(
    id: string,
    opts: { open_revs: 'all' | string[] },
  ): Promise<{ ok?: StoredDoc; missing?: string }[]>;
  put(doc: Record<string, unknown>): Promise<WriteResult>;
  bulkDocs(docs: Record<string, unknown>[]): Promise<WriteResult[]>;
  allDocs(opts: {
    include_docs?: boolean;
    conflicts?: boolean;
    keys?: string[];
  }): Promise<{ rows: AllDocsRow[]; total_rows: number }>;
  changes(opts: ChangesOptions): Changes;
  /** Of each id's revisions, those this database lacks (ids it has them all of are left out). */
  revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
  replicate: {
    to(target: Db | string, opts?: ReplicateOptions): Replication & Promise<unknown>;
    from(source: Db | string, opts?: ReplicateOptions): Replication & Promise<unknown>;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface DbOptions {
  adapter?: string;
  skip_setup?: boolean;
  fetch?: (url: string, opts?: RequestInit) => Promise<Response>;
}

export interface PouchStatic {
  new (name: string, opts?: DbOptions): Db;
  plugin(p: unknown): PouchStatic;
  sync(a: Db, b: Db | string, opts?: ReplicateOptions): SyncHandle;
}
