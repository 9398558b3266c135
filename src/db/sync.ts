// Keeps tabs on the same workbook in step: after a write, tell the others which districts
// changed; they read those chunks back from IndexedDB and merge them.
import { readStored } from '../model/backup';
import { catalogWithSeed } from '../model/catalogSeed';
import { restoreDeck } from '../model/slides';
import { restorePeerGroups } from '../model/restore';
import { applyStoredChange } from '../state/remote';
import type { Catalog } from '../model/types';
import type { Db } from './db';
import type { Persistence } from './persist';

export interface Written {
  districts: string[];
  goalSets: boolean;
  catalog: boolean;
  deck?: boolean;
  peerGroups?: boolean;
}

interface Message extends Written {
  from: string;
}

export interface Sync {
  notify(w: Written): void;
  stop(): void;
}

/** `seed`: the built-in catalog; the store holds only the entries added to it. */
export function connectSync(
  db: Db,
  persistence: () => Persistence | null,
  tabId: string,
  seed: Catalog,
): Sync {
  if (typeof BroadcastChannel === 'undefined')
    return { notify: () => undefined, stop: () => undefined };
  const channel = new BroadcastChannel('district-health-compare');
  let queue = Promise.resolve();
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (!m || m.from === tabId) return;
    // Serialise so two quick messages apply in order.
    queue = queue
      .then(async () => {
        const p = persistence();
        if (!p) return;
        const [chunks, sets, entries, deck, groups] = await Promise.all([
          db.readChunks(m.districts),
          m.goalSets ? db.readGoalSets() : Promise.resolve(undefined),
          m.catalog ? db.readCatalog() : Promise.resolve(undefined),
          m.deck ? db.readDeck().then(restoreDeck) : Promise.resolve(undefined),
          m.peerGroups ? db.readPeerGroups() : Promise.resolve(undefined),
        ]);
        // Goal sets and catalog entries pass the restore step, as the rows do in readChunks.
        const kept = readStored({ goalSets: sets ?? [], catalog: entries ?? [], deck: [] });
        const goalSets = sets && kept.goalSets;
        const catalog = entries && [...catalogWithSeed(seed, kept.catalog).values()];
        p.applyStored((s) =>
          applyStoredChange(
            s,
            {
              chunks,
              goalSets,
              catalog,
              deck,
              // Peer groups pass their restore step too (members: this tab's districts and the
              // ones just read); a bad one stays out of this tab.
              peerGroups:
                groups === undefined
                  ? undefined
                  : restorePeerGroups(groups, 'peerGroups', [...s.districts, ...chunks.keys()])
                      .groups,
            },
            p.pendingRows(),
            p.pendingBases(),
          ),
        );
      })
      .catch(() => undefined);
  };
  return {
    notify(w) {
      if (w.districts.length || w.goalSets || w.catalog || w.deck || w.peerGroups)
        channel.postMessage({ ...w, from: tabId });
    },
    stop: () => channel.close(),
  };
}
