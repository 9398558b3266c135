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
  },
};
