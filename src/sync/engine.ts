// The sync engine: the workbook ⇄ the local replica (push: projected documents written when their
// text changed; pull: changed documents restored and applied in batches), the local replica ⇄
// the server (live replication), and what the planner sees (state.sync). One serial queue runs
// every step that touches the local replica, so a pull never overtakes a pending local write.
import { projectWorkbook, type Projection, type SeedCells } from '../model/syncDocs';
import type { RemoteDoc } from '../model/restore/syncDoc';
import type { Catalog } from '../model/types';
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import { applySyncDocs } from '../state/syncActions';
import type { RefusedDoc, SyncConflict, SyncInfo } from '../state/syncInfo';
import { saveApplied, withSyncInfo } from './applied';
import { changedIds, wantedNow, wantedOf, type Wanted } from './docs';
import {
  noteRejected,
  notePushed,
  noteSuperseded,
  noteWritten,
  saveOutbox,
  type Outbox,
} from './outbox';
import type { Db, StoredDoc } from './pouchTypes';
import { readChanged, type PulledDoc } from './pull';
import { pruneLosers, writeDocs } from './push';
import { MACHINE_OFF, statusOf, step, type Machine, type MachineEvent } from './status';

const BATCH = 200;
const WRITE_SLICE = 500;

export interface EngineParts {
  store: Store<AppState>;
  /** The local replica, opened only once this tab leads. */
  db: () => Db;
  seed: SeedCells;
  seedCatalog: Catalog;
  outbox: Outbox;
  server: string;
  now: () => number;
}

const workbookChanged = (a: AppState, b: AppState) =>
  a.table !== b.table ||
  a.goalSets !== b.goalSets ||
  a.catalog !== b.catalog ||
  a.deck !== b.deck ||
  a.peerGroups !== b.peerGroups;

export class Engine {
  machine: Machine = MACHINE_OFF;
  user = '';
  /** The last user who logged in on this replica: the author of edits made while logged out. */
  author = '';
  box: Outbox;
  private projection: Projection | null = null;
  /** Document id → the text the local replica's winner holds (what was written or applied). */
  private synced = new Map<string, string>();
  private own = new Set<string>();
  private dirty = new Set<string>();
  private forced = new Set<string>();
  private pulled = new Set<string>();
  private pulledSeq: number | string = 0;
  private conflicts = new Map<string, SyncConflict>();
  private refused = new Map<string, RefusedDoc[]>();
  private queue: Promise<void> = Promise.resolve();
  private scheduled = false;
  private failure: unknown = null;

  constructor(private readonly p: EngineParts) {
    this.box = p.outbox;
  }

  private get db(): Db {
    return this.p.db();
  }

  /** Runs after every earlier step; errors are kept for `idle()` and never stop the queue. */
  enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((e: unknown) => {
      this.failure = e;
    });
    return this.queue;
  }

  /** Resolves when every queued step has run (rejects with the first failure since). */
  async idle(): Promise<void> {
    let q: Promise<void>;
    do {
      q = this.queue;
      await q;
    } while (q !== this.queue || this.scheduled);
    const f = this.failure;
    this.failure = null;
    if (f) throw f instanceof Error ? f : new Error(JSON.stringify(f));
  }

  event(e: MachineEvent): void {
    this.machine = step(this.machine, e);
    this.publish();
  }

  /** state.sync from the engine's knowledge (the status object only when it changed). */
  publish(more: (s: AppState) => AppState = (s) => s): void {
    const next: SyncInfo = {
      status: statusOf(this.machine, this.box.pending.size),
      server: this.p.server,
      user: this.user,
      conflicts: this.conflicts,
      refused: [...this.refused.values()].flat(),
      rejected: this.box.rejected,
    };
    this.p.store.update((s) => withSyncInfo(more(s), next));
  }

  /** Builds what the local replica holds (startup): winners' texts, kept versions, refusals. */
  async load(s: AppState): Promise<void> {
    // Not marked dirty: nothing is written before the catch-up has applied what was pulled.
    this.projection = projectWorkbook(s, this.p.seed, this.p.seedCatalog);
    const { rows } = await this.db.allDocs({});
    const ids = rows.map((r) => r.id).filter((id) => !id.startsWith('_design/'));
    for (let i = 0; i < ids.length; i += BATCH)
      await this.note(
        await readChanged(this.db, ids.slice(i, i + BATCH), () => true, this.p.seed),
        [],
      );
    this.publish();
  }

  /** Catches up with changes the workbook has not applied yet; returns the sequence reached. */
  async catchUp(since: number | string): Promise<number | string> {
    const ids = new Set<string>();
    let seq = since;
    await new Promise<void>((done, failed) => {
      this.db
        .changes({ since, return_docs: false })
        .on('change', (c: { id: string; seq: number | string }) => {
          if (!c.id.startsWith('_design/')) ids.add(c.id);
          seq = c.seq;
        })
        .on('complete', () => done())
        .on('error', failed);
    });
    await this.pullBatch([...ids], seq);
    return seq;
  }

  /** The workbook changed: note which documents to write, and flush soon. */
  onStore(s: AppState, prev: AppState): void {
    const resolved = s.lastChange !== prev.lastChange ? s.lastChange?.patch.resolved : undefined;
    if (!workbookChanged(s, prev) && !resolved?.length) return;
    this.reproject(s);
    for (const id of resolved ?? []) this.forced.add(id);
    this.schedule();
  }

  /** Every document differs until known otherwise (startup): write what the local replica lacks. */
  markAll(s: AppState): void {
    this.reproject(s);
    for (const id of this.synced.keys()) this.dirty.add(id);
    for (const id of this.projection!.docs.keys()) this.dirty.add(id);
    this.schedule();
  }

  private reproject(s: AppState): void {
    const next = projectWorkbook(s, this.p.seed, this.p.seedCatalog, this.projection ?? undefined);
    for (const id of changedIds(this.projection, next)) this.dirty.add(id);
    this.projection = next;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void this.enqueue(async () => {
      this.scheduled = false;
      await this.flush();
    });
  }

  /** Writes every document whose wanted text differs from the local replica's. */
  async flush(): Promise<void> {
    if (!this.projection) return;
    const wanted = new Map<string, Wanted>();
    for (const id of new Set([...this.dirty, ...this.forced])) {
      const w = wantedNow(id, this.projection, this.p.seed);
      const forced = this.forced.has(id);
      if (!forced && this.synced.get(id) === w.json) continue;
      if (!forced && !this.synced.has(id) && !this.projection.docs.has(id)) continue;
      wanted.set(id, w);
    }
    this.dirty.clear();
    this.forced.clear();
    if (!wanted.size) return;
    // In slices: a first start may write a whole imported workbook.
    const all = [...wanted];
    let retry = false;
    for (let i = 0; i < all.length; i += WRITE_SLICE) {
      const slice = new Map(all.slice(i, i + WRITE_SLICE));
      const res = await writeDocs(this.db, slice, this.user || this.author, this.p.now());
      for (const d of res.done) this.synced.set(d.id, d.json);
      for (const id of res.retry) this.dirty.add(id);
      const revved = new Set(res.revs.map((r) => `${r.id}\n${r.rev}`));
      const written = res.done.filter((d) => revved.has(`${d.id}\n${d.rev}`));
      // Only winners are looked up when their change comes back: the losers' deletions are not.
      for (const d of written) this.own.add(`${d.id}\n${d.rev}`);
      if (written.length) await this.saveBox(noteWritten(this.box, written));
      retry ||= res.retry.length > 0;
    }
    this.publish();
    if (retry) this.schedule();
  }

  /** Changed ids from the live changes feed: applied in batches, one change per batch. */
  pulledChange(id: string, seq: number | string): void {
    if (id.startsWith('_design/')) return;
    this.pulled.add(id);
    this.pulledSeq = seq;
    if (this.pulled.size === 1)
      void this.enqueue(async () => {
        const ids = [...this.pulled];
        const seq = this.pulledSeq;
        this.pulled.clear();
        await this.pullBatch(ids, seq);
      });
  }

  private async pullBatch(ids: readonly string[], seq: number | string): Promise<void> {
    await this.flush();
    const own = (id: string, rev: string) => this.own.delete(`${id}\n${rev}`);
    const toApply: RemoteDoc[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const docs = await readChanged(this.db, ids.slice(i, i + BATCH), own, this.p.seed);
      await this.note(docs, toApply);
    }
    const { seed, seedCatalog } = this.p;
    this.publish((s) => (toApply.length ? applySyncDocs(s, toApply, seed, seedCatalog) : s));
    await saveApplied(this.db, seq);
  }

  /** What a batch of read documents tells: texts held, refusals, kept versions, to apply. */
  private async note(docs: readonly PulledDoc[], toApply: RemoteDoc[]): Promise<void> {
    const superseded: string[] = [];
    const same: string[] = [];
    for (const d of docs) {
      const want = this.projection ? wantedNow(d.id, this.projection, this.p.seed).json : null;
      // A refused winner is not applied, and not overwritten either until the planner edits it.
      this.synced.set(d.id, d.refused.some((r) => r.rev === d.rev) ? (want ?? '') : d.json);
      if (d.refused.length) this.refused.set(d.id, d.refused);
      else this.refused.delete(d.id);
      const texts = new Set(
        d.conflict?.versions.map((v) => wantedOf(d.id, v.content, this.p.seed).json),
      );
      if (d.conflict && texts.size === 1) same.push(d.id);
      if (d.conflict && texts.size > 1) this.conflicts.set(d.id, d.conflict);
      else this.conflicts.delete(d.id);
      if (d.remote) {
        if (d.json !== want) toApply.push(d.remote);
        const waiting = this.box.pending.get(d.id);
        if (waiting && !d.leaves.includes(waiting)) superseded.push(d.id);
      }
    }
    if (superseded.length) await this.saveBox(noteSuperseded(this.box, superseded));
    await pruneLosers(this.db, same);
  }

  pushed(docs: readonly Pick<StoredDoc, '_id' | '_rev'>[]): void {
    // Against the outbox as it is when the step runs: an earlier queued write may change it.
    void this.enqueue(async () => {
      const next = notePushed(this.box, docs);
      if (next !== this.box) await this.saveBox(next).then(() => this.publish());
    });
  }

  /**
   * Pending documents the server already holds leave the outbox. A push whose answer was lost
   * (replication cancelled or retried mid-batch, the tab closed) is never listed by a `change`.
   */
  async confirm(remote: Db): Promise<void> {
    const asked = [...this.box.pending];
    if (!asked.length) return;
    const missing = await remote.revsDiff(
      Object.fromEntries(asked.map(([id, rev]) => [id, [rev]])),
    );
    const held = asked.filter(([id, rev]) => !missing[id]?.missing?.includes(rev));
    if (held.length) this.pushed(held.map(([_id, _rev]) => ({ _id, _rev })));
  }

  rejected(id: string, reason: 'unauthorized' | 'forbidden', detail: string): void {
    void this.enqueue(() =>
      this.saveBox(noteRejected(this.box, { id, reason, detail })).then(() => this.publish()),
    );
  }

  private async saveBox(next: Outbox): Promise<void> {
    this.box = next;
    await saveOutbox(this.db, next);
  }
}
