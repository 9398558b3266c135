// Strings of issue 16's peers feature, English: key for key as peers.zh.ts.
import type { peersZh } from './peers.zh';

export const peersEn: typeof peersZh = {
  rankColumn: 'Show each indicator’s rank',
  rankCell: (rank: number, of: number) => `#${rank}/${of}`,
  change: {
    newGroup: (name: string) => `New peer group “${name}”`,
    renameGroup: (name: string) => `Rename peer group to “${name}”`,
    editGroup: (name: string) => `Change members of peer group “${name}”`,
    deleteGroup: (name: string) => `Delete peer group “${name}”`,
  },
  msg: {
    groupNameTaken: (name: string) => `There is already a peer group named “${name}”`,
    groupRefused: (why: string) => `Peer group not saved: ${why}`,
  },
  problem: {
    unknownField: (name: string) => `unknown field “${name}”`,
    markupInName: (text: string) => `the name has markup or control characters: “${text}”`,
    repeatedMember: (name: string) => `district “${name}” is listed twice`,
  },
};
