// 来源: for the selected cell, the report and the sentence the number came from, its edit
// state, and — where sources disagree — every value with a choice of which one to use.
import { reportHeading, seedReportInfo } from '../data/reports';
import { reportText } from '../db/reports';
import { districtName, formatNumber, indicatorName, scopeName, t, withUnitText } from '../i18n';
import { isDerivedId } from '../model/derived';
import { conflictGroup, origin, sourcesDisagree } from '../model/provenance';
import { findObservation } from '../model/table';
import { chooseValue, restoreSourceValue, setNoteAndCitation } from '../state/provenanceActions';
import type { AppState } from '../state/state';
import { el } from './el';
import type { Services } from './services';
import { openReportButton, quoteBlock } from './reportLink';
import { absentTraceParts, traceParts } from './tracePanel';
import { syncVersionParts } from './syncSource';

const shown = (v: number | null, q = '') => (v === null ? '—' : `${q}${formatNumber(v)}`);

/** `sharing`: the 同步冲突 key too (only where a workbook is shared). */
export function legend(sharing = false): HTMLElement {
  const items = t.trace.legendItems;
  return el(
    'p',
    { class: 'mark-legend' },
    t.trace.legend,
    ' ',
    el('span', { class: 'key mark-report' }, items.report),
    ' ',
    el('span', { class: 'key mark-edited' }, items.edited),
    ' ',
    el('span', { class: 'key mark-user' }, items.user),
    ' ',
    el('span', { class: 'key cell-conflict' }, items.conflict),
    ' ',
    el('span', { class: 'key cell-chosen' }, items.chosen),
    sharing ? ' ' : '',
    sharing ? el('span', { class: 'key cell-sync-conflict' }, t.sync.legend) : '',
  );
}

export function mountSourcePanel(host: HTMLElement, sv: Services): { update(s: AppState): void } {
  const box = el('section', { class: 'source-panel', 'aria-label': t.trace.panel });
  host.prepend(box);
  let last: unknown[] = [];
  return {
    update(s) {
      const inputs: unknown[] = [s.table, s.ui.obsId, s.catalog, s.ui.indicator, s.ui.district];
      const sharing = s.sync.status.kind !== 'off';
      inputs.push(s.ui.kind, s.sync.conflicts, sharing);
      if (inputs.every((x, i) => x === last[i])) return;
      last = inputs;
      // A computed value has no source of its own: its formula and inputs instead.
      if (isDerivedId(s.ui.obsId)) {
        box.replaceChildren(...traceParts(s, s.ui.obsId ?? '', sv));
        return;
      }
      const o = s.ui.obsId ? findObservation(s.table, s.ui.obsId) : undefined;
      // A formula cell with nothing computed (缺分子 in the grid): why, not the empty card.
      const absent = o ? null : absentTraceParts(s, sv);
      if (absent) {
        box.replaceChildren(...absent);
        return;
      }
      const parts: (Node | string)[] = [el('h2', {}, t.trace.panel)];
      if (!o) {
        box.replaceChildren(...parts, el('p', { class: 'muted' }, t.trace.none), legend(sharing));
        return;
      }
      const kind = origin(o);
      parts.push(
        el(
          'p',
          { class: 'source-head' },
          el('span', { class: `key mark-${kind}` }, t.trace.origin[kind]),
          ' ',
          `${districtName(o.district)} · ${indicatorName(s.catalog, o.indicator)}${o.scope ? ` · ${scopeName(o.scope)}` : ''} · ${o.year} · ${withUnitText(shown(o.value, o.qualifier), o.unit)}`,
        ),
      );
      if (o.source) {
        const title = el('span', { class: 'muted source-title' });
        parts.push(el('p', {}, `${t.trace.report}${t.sep.label}${o.source} `, title));
        // A seed report's title is data; only a planner's own report needs its text read.
        if (seedReportInfo(o.source, o.district))
          title.textContent = reportHeading(o.source, o.district, null);
        else
          void reportText(o.source, sv.db()).then(
            (text) => (title.textContent = reportHeading(o.source, o.district, text)),
          );
      }
      // A report row's note says how to read it (year reported vs measured, definitions).
      if (o.note && kind !== 'user')
        parts.push(el('p', { class: 'source-note' }, `${t.trace.note}${t.sep.label}${o.note}`));
      if (o.quote)
        parts.push(
          quoteBlock(o.quote, o.original?.value ?? o.value),
          openReportButton(sv, o.source, o.quote, o.district),
        );
      if (kind === 'edited' && o.original) {
        const restore = el('button', { type: 'button' }, t.trace.restore);
        restore.onclick = () => sv.store.update((st) => restoreSourceValue(st, o.id));
        parts.push(
          el(
            'p',
            { class: 'source-edited' },
            t.trace.edited(
              shown(o.original.value, o.original.qualifier),
              shown(o.value, o.qualifier),
            ),
            ' ',
            restore,
          ),
        );
      }
      if (kind === 'user') {
        const note = el('input', { 'aria-label': t.trace.note, value: o.note });
        const cite = el('input', { 'aria-label': t.trace.citation, value: o.source });
        const save = el('button', { type: 'button' }, t.trace.save);
        save.onclick = () =>
          sv.store.update((st) => setNoteAndCitation(st, o.id, note.value, cite.value));
        parts.push(
          el(
            'div',
            { class: 'source-fields' },
            el('label', {}, `${t.trace.note} `, note),
            el('label', {}, `${t.trace.citation} `, cite),
            save,
          ),
        );
      }
      const group = conflictGroup(s.table.chunks.get(o.district) ?? [], o);
      if (sourcesDisagree(group)) {
        const anyChosen = group.some((g) => g.preferred);
        parts.push(
          el(
            'p',
            { class: 'source-conflict' },
            t.trace.conflict,
            anyChosen ? '' : ` ${t.trace.autoPick}`,
          ),
        );
        parts.push(
          el(
            'ul',
            { class: 'conflict-list' },
            ...group.map((g) => {
              const use = el(
                'button',
                { type: 'button', class: 'small' },
                g.preferred ? `✓ ${t.trace.chosen}` : t.trace.choose,
              );
              use.disabled = g.preferred === true;
              use.onclick = () => sv.store.update((st) => chooseValue(st, g.id));
              return el(
                'li',
                { 'data-obs': g.id },
                el('strong', {}, withUnitText(shown(g.value, g.qualifier), g.unit)),
                ` · ${g.source || t.trace.origin.user} `,
                use,
                g.quote
                  ? el('div', { class: 'muted' }, g.quote.replace(/\s+/g, ' ').slice(0, 80))
                  : '',
              );
            }),
          ),
        );
      }
      parts.push(...syncVersionParts(s, o, sv), legend(sharing));
      box.replaceChildren(...parts);
    },
  };
}
