// The planner's peer groups: create, rename, edit members, delete. Each one undo step, each
// group passing the same restore step as a stored or restored one.
import { restorePeerGroup } from '../model/restore';
import type { CustomPeerGroup } from '../model/peerGroups';
import type { Change } from './messages';
import { commit, newId, say, setUi, type AppState } from './state';

function withGroups(s: AppState, after: CustomPeerGroup[], label: Change): AppState {
  return commit(s, { label, rows: [], peerGroups: { before: s.peerGroups, after } });
}

/**
 * The group as it would be stored, or the state with the restore step's problem said (without
 * its JSON path: the planner typed a name, not a file). Members the group already had stay
 * allowed when the workbook has lost them, so they can still be taken out.
 */
function checked(
  s: AppState,
  g: CustomPeerGroup,
  had: readonly string[] = [],
): CustomPeerGroup | AppState {
  if (g.name.trim() === '') return say(s, 'error', { code: 'groupNameEmpty' });
  const r = restorePeerGroup(g, 'peerGroup', [...s.districts, ...had]);
  if (!r.ok) {
    const { path: _where, ...problem } = r.reason;
    return say(s, 'error', { code: 'groupRefused', problem });
  }
  if (s.peerGroups.some((x) => x.name === r.value.name && x.id !== g.id))
    return say(s, 'error', { code: 'groupNameTaken', name: r.value.name });
  return r.value;
}

const isState = (x: CustomPeerGroup | AppState): x is AppState => 'ui' in x;

export function createPeerGroup(s: AppState, name: string, members: string[] = []): AppState {
  const [raw, s2] = newId(s);
  const g = checked(s2, { id: `p${raw}`, name, members });
  if (isState(g)) return { ...s, message: g.message };
  return setUi(withGroups(s2, [...s2.peerGroups, g], { code: 'newGroup', name: g.name }), {
    peerGroup: g.id,
  });
}

function change(
  s: AppState,
  id: string,
  edit: (g: CustomPeerGroup) => CustomPeerGroup,
  code: 'renameGroup' | 'editGroup',
) {
  const old = s.peerGroups.find((g) => g.id === id);
  if (!old) return s;
  const g = checked(s, edit(old), old.members);
  if (isState(g)) return g;
  if (JSON.stringify(g) === JSON.stringify(old)) return s;
  return withGroups(
    s,
    s.peerGroups.map((x) => (x.id === id ? g : x)),
    { code, name: g.name },
  );
}

export const renamePeerGroup = (s: AppState, id: string, name: string): AppState =>
  change(s, id, (g) => ({ ...g, name }), 'renameGroup');

/** Adds or removes one district, keeping the workbook's district order. */
export function togglePeerMember(s: AppState, id: string, district: string, on: boolean) {
  return change(
    s,
    id,
    (g) => {
      const set = new Set(g.members);
      if (on) set.add(district);
      else set.delete(district);
      const known = s.districts.filter((d) => set.has(d));
      return {
        ...g,
        members: [...known, ...g.members.filter((d) => set.has(d) && !known.includes(d))],
      };
    },
    'editGroup',
  );
}

export function deletePeerGroup(s: AppState, id: string): AppState {
  const g = s.peerGroups.find((x) => x.id === id);
  if (!g) return s;
  const next = withGroups(
    s,
    s.peerGroups.filter((x) => x.id !== id),
    { code: 'deleteGroup', name: g.name },
  );
  return s.ui.peerGroup === id ? setUi(next, { peerGroup: '' }) : next;
}
