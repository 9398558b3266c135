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
    groupNameEmpty: 'Peer group not saved: enter a name',
    groupsChanged: (n: number) => `, ${n} peer group(s) changed`,
  },
  problem: {
    unknownField: (name: string) => `unknown field “${name}”`,
    markupInName: (text: string) => `the name has markup or control characters: “${text}”`,
    repeatedMember: (name: string, written?: string) =>
      written === undefined
        ? `district “${name}” is listed twice`
        : `district “${name}” is listed twice (“${written}” is “${name}”)`,
    nameTooLong: (max: number, length: number) =>
      `the name is too long: ${length} characters, at most ${max}`,
    builtInId: (id: string) => `the id “${id}” belongs to a built-in peer group`,
    builtInName: (name: string) => `“${name}” is the name of a built-in peer group; choose another`,
    notADistrict: (text: string) =>
      `“${text}” is not a district of this workbook nor one of Chongqing’s 38`,
  },
};
