// A planner's peer group, restored like a goal set: every way it arrives (IndexedDB, another
// tab, a backup, a snapshot, the editor) passes here. Stricter than a goal set because a group is
// small and made only in this app: an unknown field, a non-text member, a member that is no
// district, a repeated member, a built-in group's id or name, or markup in a name is refused with
// its JSON path.
import { matchDistrict } from '../districtMatch';
import { builtInNamed, type CustomPeerGroup } from '../peerGroups';
import { describeFound, type Problem } from '../problems';
import type { Result } from '../types';
import { isRecord, own } from './observation';
import { Refused, run } from './refused';

const FIELDS = new Set(['id', 'name', 'members']);
/** Markup or control characters: a name is shown as text, but such a name is never a real one. */
const hasMarkup = (s: string) =>
  /[<>]/.test(s) || [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
/** The longest group name: it has to fit the 比较范围 list and a chart's row label. */
export const MAX_GROUP_NAME = 40;
/** Ids are the app's own (p123); a longer one is no id the app made. */
const MAX_ID = 100;

function nameText(raw: unknown, path: string, what: 'name' | 'text', max: number): string {
  if (typeof raw !== 'string')
    throw new Refused({ code: 'badField', expected: what, found: describeFound(raw), path });
  const s = raw.trim();
  if (s === '')
    throw new Refused({ code: 'badField', expected: 'name', found: describeFound(raw), path });
  const length = [...s].length;
  if (length > max) throw new Refused({ code: 'nameTooLong', max, length, path });
  if (hasMarkup(s)) throw new Refused({ code: 'markupInName', text: s.slice(0, 20), path });
  return s;
}

/** Members as the workbook names them: an alias (江津, 500116, Jiangjin) becomes its district. */
function membersOf(list: unknown[], path: string, districts?: readonly string[]): string[] {
  const known = districts && new Set(districts);
  const seen = new Set<string>();
  return list.map((m, i) => {
    const at = `${path}.members[${i}]`;
    const written = nameText(m, at, 'text', MAX_ID);
    let d = written;
    if (known) {
      const hit = matchDistrict(written, known);
      // Only a district of this workbook or one of the 38 (matchDistrict yields no other).
      if (!hit || !('district' in hit))
        throw new Refused({ code: 'notADistrict', text: written.slice(0, 20), path: at });
      d = hit.district;
    }
    if (seen.has(d))
      throw new Refused({
        code: 'repeatedMember',
        name: d,
        ...(d === written ? {} : { written: written.slice(0, 20) }),
        path: at,
      });
    seen.add(d);
    return d;
  });
}

/**
 * `districts`: the workbook's districts (of the data it arrives with); every production caller
 * passes them, so members are resolved and checked. Without, members are only checked as text.
 */
export function restorePeerGroup(
  raw: unknown,
  path = 'peerGroup',
  districts?: readonly string[],
): Result<CustomPeerGroup> {
  return run(() => {
    if (!isRecord(raw))
      throw new Refused({ code: 'badField', expected: 'object', found: describeFound(raw), path });
    for (const k of Object.keys(raw))
      if (!FIELDS.has(k))
        throw new Refused({ code: 'unknownField', name: k, path: `${path}.${k}` });
    const id = nameText(own(raw, 'id'), `${path}.id`, 'name', MAX_ID);
    // Built-in ids are the app's own: a stored group may not take one.
    if (id.startsWith('cq-')) throw new Refused({ code: 'builtInId', id, path: `${path}.id` });
    const name = nameText(own(raw, 'name'), `${path}.name`, 'name', MAX_GROUP_NAME);
    // Two rows with one label in 比较范围 and the chart: a built-in's name, either language.
    if (builtInNamed(name)) throw new Refused({ code: 'builtInName', name, path: `${path}.name` });
    const list = own(raw, 'members');
    if (!Array.isArray(list))
      throw new Refused({
        code: 'badField',
        expected: 'list',
        found: describeFound(list),
        path: `${path}.members`,
      });
    return { id, name, members: membersOf(list, path, districts) };
  });
}

/**
 * A stored list of groups: each bad group left out and named in `problems`, and a repeated id
 * (one would be lost on the next save) refused after the first.
 */
export function restorePeerGroups(
  raw: unknown,
  path = 'peerGroups',
  districts?: readonly string[],
): { groups: CustomPeerGroup[]; problems: Problem[] } {
  const groups: CustomPeerGroup[] = [];
  const problems: Problem[] = [];
  const ids = new Set<string>();
  (Array.isArray(raw) ? raw : []).forEach((x, i) => {
    const r = restorePeerGroup(x, `${path}[${i}]`, districts);
    if (!r.ok) return void problems.push(r.reason);
    if (ids.has(r.value.id))
      return void problems.push({ code: 'repeatedId', id: r.value.id, path: `${path}[${i}].id` });
    ids.add(r.value.id);
    groups.push(r.value);
  });
  return { groups, problems };
}
