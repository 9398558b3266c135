// A planner's peer group, restored like a goal set: every way it arrives (IndexedDB, another
// tab, a backup, a snapshot) passes here. Stricter than a goal set because a group is small and
// made only in this app: an unknown field, a non-text member, a repeated member or markup in a
// name is refused with its JSON path.
import type { CustomPeerGroup } from '../peerGroups';
import { describeFound } from '../problems';
import type { Result } from '../types';
import { isRecord, own } from './observation';
import { Refused, run } from './refused';

const FIELDS = new Set(['id', 'name', 'members']);
/** Markup or control characters: a name is shown as text, but such a name is never a real one. */
const hasMarkup = (s: string) =>
  /[<>]/.test(s) || [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
const MAX_NAME = 100;

function nameText(raw: unknown, path: string, what: 'name' | 'text' = 'name'): string {
  if (typeof raw !== 'string')
    throw new Refused({ code: 'badField', expected: what, found: describeFound(raw), path });
  const s = raw.trim();
  if (s === '' || s.length > MAX_NAME)
    throw new Refused({ code: 'badField', expected: 'name', found: describeFound(raw), path });
  if (hasMarkup(s)) throw new Refused({ code: 'markupInName', text: s.slice(0, 20), path });
  return s;
}

export function restorePeerGroup(raw: unknown, path = 'peerGroup'): Result<CustomPeerGroup> {
  return run(() => {
    if (!isRecord(raw))
      throw new Refused({ code: 'badField', expected: 'object', found: describeFound(raw), path });
    for (const k of Object.keys(raw))
      if (!FIELDS.has(k))
        throw new Refused({ code: 'unknownField', name: k, path: `${path}.${k}` });
    const id = nameText(own(raw, 'id'), `${path}.id`);
    // Built-in ids are the app's own: a stored group may not take one.
    if (id.startsWith('cq-'))
      throw new Refused({
        code: 'badField',
        expected: 'name',
        found: describeFound(id),
        path: `${path}.id`,
      });
    const name = nameText(own(raw, 'name'), `${path}.name`);
    const list = own(raw, 'members');
    if (!Array.isArray(list))
      throw new Refused({
        code: 'badField',
        expected: 'list',
        found: describeFound(list),
        path: `${path}.members`,
      });
    const seen = new Set<string>();
    const members = list.map((m, i) => {
      const d = nameText(m, `${path}.members[${i}]`, 'text');
      if (seen.has(d))
        throw new Refused({ code: 'repeatedMember', name: d, path: `${path}.members[${i}]` });
      seen.add(d);
      return d;
    });
    return { id, name, members };
  });
}

/**
 * A stored list of groups: each bad group left out and named in `problems`, and a repeated id
 * (one would be lost on the next save) refused after the first.
 */
export function restorePeerGroups(
  raw: unknown,
  path = 'peerGroups',
): { groups: CustomPeerGroup[]; problems: import('../problems').Problem[] } {
  const groups: CustomPeerGroup[] = [];
  const problems: import('../problems').Problem[] = [];
  const ids = new Set<string>();
  (Array.isArray(raw) ? raw : []).forEach((x, i) => {
    const r = restorePeerGroup(x, `${path}[${i}]`);
    if (!r.ok) return void problems.push(r.reason);
    if (ids.has(r.value.id))
      return void problems.push({ code: 'repeatedId', id: r.value.id, path: `${path}[${i}].id` });
    ids.add(r.value.id);
    groups.push(r.value);
  });
  return { groups, problems };
}
