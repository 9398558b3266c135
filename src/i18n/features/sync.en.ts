// Strings of issue 17, English: key for key as sync.zh.ts.
import type { syncZh } from './sync.zh';

export const syncEn: typeof syncZh = {
  change: {
    received: (by: string, count: number) =>
      `Sync: ${count} change${count === 1 ? '' : 's'} by ${by || 'another member'}`,
    chose: (by: string) => `Chose ${by || 'another member'}'s value (sync conflict)`,
  },
  problem: {
    unknownDoc: (id: string) => `Unrecognised sync document: ${id}`,
    wrongType: (id: string) => `Sync document does not match its id: ${id}`,
    rowOutsideCell: (id: string) => `Row ${id} in a sync document belongs to another cell`,
    tooLarge: (size: string, max: string) =>
      `Sync document too large (${size} characters, limit ${max})`,
  },
  menu: 'Sharing (sync)…',
  reason: {
    unauthorized: 'not logged in',
    forbidden: 'not allowed',
    notFound: 'database not found',
    server: 'server error',
  },
  chip: {
    connecting: 'Connecting to the server…',
    synced: 'Synced',
    syncedConflicts: (n: number) => `Synced, ${n} conflict${n === 1 ? '' : 's'} to choose`,
    syncing: 'Syncing…',
    offline: (n: number) => (n ? `Offline, ${n} to upload` : 'Offline'),
    denied: (reason: string) => `Server refused: ${reason}`,
    loggedOut: (n: number) => (n ? `Logged out, ${n} to upload` : 'Logged out'),
    otherTab: 'Synced by another tab',
    title: 'Sharing (sync): click for status and conflicts',
  },
  mark: 'Sync conflict: two members changed this cell; both values are kept. Choose one under Source',
  legend: 'Sync conflict',
  source: {
    head: 'Sync conflict: two members changed this cell; both values are kept. Every member uses the one you choose (can be undone).',
    who: (by: string, when: string) => `${by || 'unknown member'} · ${when}`,
    shown: 'shown now',
    choose: 'Use this value',
    backToSeed: 'Edits removed (back to the bundled data)',
  },
};
