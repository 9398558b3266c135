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
import { docKeyOf } from '../model/syncDocs';
import type { Catalog, Observation } from '../model/types';
import type { SyncConflict, SyncVersion } from '../state/syncInfo';
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

/** What a version holds, in a few words. */
export function versionText(id: string, v: SyncVersion): string {
  const c = v.content;
  if (!c) return docKeyOf(id)?.type === 'cell' ? t.sync.source.backToSeed : t.syncView.removed;
  switch (c.type) {
    case 'cell':
      return cellValues(c.rows);
    case 'goalSet':
      return `${goalSetName(c.set.name)} · ${t.syncView.targets(c.set.targets.length)}`;
    case 'catalog':
      return `${c.entry.indicator} · ${c.entry.unit}`;
    case 'peerGroup':
      return `${c.group.name} · ${t.syncView.members(c.group.members.length)}`;
    case 'deck':
      return t.syncView.deck(c.slides.length);
  }
}

export const whoWhen = (v: SyncVersion): string =>
  t.sync.source.who(v.by, v.at ? formatDateTime(v.at) : '');

/** Which cell, goal set, catalog entry, group or deck a document is (names from its versions). */
export function docTitle(conflict: SyncConflict, catalog: Catalog): string {
  const key = docKeyOf(conflict.id);
  const named = (pick: (v: SyncVersion) => string | undefined) =>
    conflict.versions.map(pick).find(Boolean) ?? '';
  if (!key) return conflict.id;
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
