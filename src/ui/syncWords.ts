// Kept versions of replicated documents in words: what the document is, what each version
// holds (values with their unit), who wrote it and when. Shared by the dialog and 来源.
import {
  districtName,
  formatDateTime,
  formatNumber,
  goalSetName,
  indicatorName,
  scopeName,
  withUnitText,
} from '../i18n';
import '../i18n/features/syncView';
import { problemText } from '../i18n/problems';
import type { Problem } from '../model/problems';
import type { Slide } from '../model/slides';
import { docKeyOf } from '../model/syncIds';
import type { Catalog, Observation } from '../model/types';
import type { RefusedDoc, SyncConflict, SyncVersion } from '../state/syncInfo';
import { t } from './strings';

const valueOf = (o: Observation) =>
  withUnitText(o.value === null ? '—' : `${o.qualifier}${formatNumber(o.value)}`, o.unit);

/** A cell's rows: each value with its unit (and its report when the cell has several). */
export function cellValues(rows: readonly Observation[]): string {
  if (!rows.length) return '—';
  return rows
    .map((o) => (rows.length > 1 && o.source ? t.paren(valueOf(o), o.source) : valueOf(o)))
    .join(t.sep.list);
}

/** A few names, the rest counted (a long deck stays one line). */
const someOf = (names: readonly string[], max = 5): string =>
  names.length > max
    ? `${names.slice(0, max).join(t.sep.list)} ${t.syncView.andMore(names.length - max)}`
    : names.join(t.sep.list);

/** A slide by its title, or by its kind and what it shows when it has the generated title. */
function slideName(s: Slide, catalog: Catalog): string {
  if (s.title.trim()) return s.title.trim();
  const what = s.indicator
    ? indicatorName(catalog, s.indicator)
    : s.district
      ? districtName(s.district)
      : '';
  const kind = t.syncView.slideKind[s.kind];
  return what ? `${what} ${kind}` : kind;
}

/**
 * What a version holds, in a few words: enough to tell two versions apart (a deck by its
 * slides, a group by its members), not only how many there are.
 */
export function versionText(id: string, v: SyncVersion, catalog: Catalog = new Map()): string {
  const c = v.content;
  if (!c) return docKeyOf(id)?.type === 'cell' ? t.sync.source.backToSeed : t.syncView.removed;
  switch (c.type) {
    case 'cell':
      // No rows left: this version deleted the cell's values.
      return c.rows.length ? cellValues(c.rows) : t.syncView.removed;
    case 'goalSet':
      // A built-in set deleted says so in its content (it has no document to delete).
      if (c.removed) return `${goalSetName(c.set.name)} · ${t.syncView.removed}`;
      return `${goalSetName(c.set.name)} · ${t.syncView.targets(c.set.targets.length)}`;
    case 'catalog':
      return `${c.entry.indicator} · ${c.entry.unit}`;
    case 'peerGroup':
      return t.syncView.groupMembers(c.group.name, someOf(c.group.members.map(districtName), 8));
    case 'deck':
      return c.slides.length
        ? t.syncView.deckSlides(c.slides.length, someOf(c.slides.map((s) => slideName(s, catalog))))
        : t.syncView.deck(0);
  }
}

export const whoWhen = (v: SyncVersion): string =>
  t.sync.source.who(v.by, v.at ? formatDateTime(v.at) : '');

/** Which cell, goal set, catalog entry, group or deck a document is (names from its versions). */
export function docTitle(conflict: SyncConflict, catalog: Catalog): string {
  const key = docKeyOf(conflict.id);
  const named = (pick: (v: SyncVersion) => string | undefined) =>
    conflict.versions.map(pick).find(Boolean) ?? '';
  if (!key) return t.syncView.doc.unknown(decoded(conflict.id));
  switch (key.type) {
    case 'cell': {
      const c = key.cell;
      const name = indicatorName(catalog, c.indicator);
      const what = c.scope ? t.paren(name, scopeName(c.scope)) : name;
      return `${districtName(c.district)} · ${what} · ${c.year} ${t.kindName[c.kind]}`;
    }
    case 'goalSet':
      return t.syncView.doc.goalSet(
        goalSetName(named((v) => (v.content?.type === 'goalSet' ? v.content.set.name : ''))) ||
          key.key,
      );
    case 'catalog':
      return t.syncView.doc.catalog(indicatorName(catalog, key.key));
    case 'peerGroup':
      return t.syncView.doc.peerGroup(
        named((v) => (v.content?.type === 'peerGroup' ? v.content.group.name : '')) || key.key,
      );
    case 'deck':
      return t.syncView.doc.deck;
  }
}

const decoded = (id: string): string => {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
};

/** A problem's words with the document's id taken off its path (the document is named apart). */
function problemInDoc(id: string, p: Problem, catalog: Catalog): string {
  const path = p.path ?? '';
  const inner = path.startsWith(`${id}/`) ? path.slice(id.length + 1) : '';
  const field = t.syncView.field[inner] ?? inner;
  if (p.code === 'syncUnknownDoc' || p.code === 'syncWrongType') {
    const words = t.syncView.refusedWhy[p.code === 'syncUnknownDoc' ? 'unknownDoc' : 'wrongType'];
    return field ? t.atPath(field, words) : words;
  }
  const rest: Problem = { ...p, path: field || undefined };
  if (!field) delete rest.path;
  return problemText(rest, catalog);
}

/** A refused remote document: which one, in words and once, then what is wrong with it. */
export function refusedWords(r: RefusedDoc, catalog: Catalog): { doc: string; problem: string } {
  return {
    doc: docTitle({ id: r.id, versions: [] }, catalog),
    problem: problemInDoc(r.id, r.problem, catalog),
  };
}

export const refusedText = (r: RefusedDoc, catalog: Catalog): string => {
  const w = refusedWords(r, catalog);
  return `${w.doc} — ${w.problem}`;
};
