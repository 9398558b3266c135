// The import preview: nothing is written until the user presses 导入, and then all or nothing.
import type { Encoding } from '../io/decode';
import type { Delimiter } from '../io/csv';
import type { PrepareOptions, Prepared } from '../io/prepare';
import { prepareInWorker } from '../io/runImport';
import { applyImport, type ImportSummary } from '../state/importActions';
import { say, undo, type AppState } from '../state/state';
import type { Store } from '../state/store';
import { el, option } from './el';

const ENC: Record<Encoding, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030 / GBK' };
const DELIM: Record<Delimiter, string> = { ',': '逗号 ,', ';': '分号 ;', '\t': '制表符 Tab' };

export interface ImportDeps {
  store: Store<AppState>;
  /** Writes pending changes; rejects when IndexedDB refuses them. */
  persist(): Promise<boolean>;
  /** Runs just before the import is applied (an automatic snapshot). */
  beforeApply?(): Promise<unknown>;
}

function field(label: string, control: HTMLElement) {
  return el('label', { class: 'field' }, `${label} `, control);
}

export async function openImportDialog(
  file: File,
  deps: ImportDeps,
): Promise<ImportSummary | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const dlg = el('dialog', { class: 'app-dialog import-dialog', 'aria-label': '导入 CSV' });
  const title = el('h2', {}, `导入 CSV：${file.name}`);
  const enc = el('select', { name: 'encoding', 'aria-label': '编码' });
  const delim = el('select', { name: 'delimiter', 'aria-label': '分隔符' });
  const layout = el(
    'select',
    { name: 'layout', 'aria-label': '表格形式' },
    option('long', '长表（每行一个数）', true),
    option('wide', '宽表（每列一个区县）', false),
  );
  const year = el('input', {
    name: 'wideYear',
    'aria-label': '宽表年份',
    size: '5',
    value: String(new Date().getFullYear() - 1),
  });
  const kind = el(
    'select',
    { name: 'wideKind', 'aria-label': '宽表类型' },
    option('actual', '实际值', true),
    option('target', '目标值', false),
  );
  const wideOnly = el('span', { class: 'wide-only' }, field('年份', year), field('类型', kind));
  const headerInfo = el('span', { class: 'muted' });
  const progress = el('progress', { max: '100', value: '0', 'aria-label': '导入进度' });
  const status = el('p', { class: 'import-status', role: 'status' });
  const unknowns = el('div', { class: 'unknowns' });
  const preview = el('div', { class: 'preview' });
  const problems = el('ol', { class: 'problems', 'aria-label': '问题行' });
  const merge = el('input', { type: 'radio', name: 'mode', value: 'merge', checked: '' });
  const replace = el('input', { type: 'radio', name: 'mode', value: 'replace' });
  const cancel = el('button', { type: 'button' }, '取消');
  const ok = el('button', { type: 'button', class: 'primary', disabled: '' }, '导入');
  dlg.append(
    title,
    el(
      'div',
      { class: 'import-controls' },
      field('编码', enc),
      field('分隔符', delim),
      field('表格形式', layout),
      wideOnly,
      headerInfo,
    ),
    progress,
    status,
    unknowns,
    preview,
    problems,
    el(
      'fieldset',
      { class: 'mode' },
      el('legend', {}, '导入方式'),
      el('label', {}, merge, ' 合并：更新相同的行，添加新行'),
      el('label', {}, replace, ' 替换：用文件内容替换全部数据'),
    ),
    el('div', { class: 'dialog-buttons' }, cancel, ok),
  );
  document.body.append(dlg);
  dlg.showModal();

  let prepared: Prepared | null = null;
  let run = 0;
  let analysing: Promise<void> = Promise.resolve();
  const opts = (): PrepareOptions => ({
    layout: prepared ? (layout.value as 'long' | 'wide') : 'auto',
    wideYear: Number(year.value),
    wideKind: kind.value === 'target' ? 'target' : 'actual',
    encoding: prepared ? (enc.value as Encoding) : undefined,
    delimiter: prepared ? (delim.value as Delimiter) : undefined,
  });

  function analyse() {
    analysing = analyseNow();
  }

  async function analyseNow() {
    const mine = ++run;
    yearDirty = false;
    status.textContent = '正在读取文件…';
    progress.hidden = false;
    const s = deps.store.getState();
    if (!Number.isInteger(Number(year.value))) {
      status.textContent = '宽表年份无效';
      return;
    }
    const r = await prepareInWorker(
      bytes,
      opts(),
      { catalog: s.catalog, districts: s.districts },
      (phase, done, total) => {
        const base = { decode: 0, parse: 10, check: 40 }[phase];
        progress.value = base + (phase === 'check' && total ? (done / total) * 60 : 0);
      },
    );
    if (mine !== run) return;
    progress.hidden = true;
    if (!r.ok) {
      prepared = null;
      status.textContent = `无法导入：${r.reason}。现有数据没有任何改变。`;
      status.dataset.kind = 'error';
      unknowns.replaceChildren();
      preview.replaceChildren();
      problems.replaceChildren();
      return;
    }
    prepared = r.value;
    render(r.value);
  }

  function render(p: Prepared) {
    const plan = p.plan;
    enc.replaceChildren(
      ...(Object.keys(ENC) as Encoding[]).map((k) => option(k, ENC[k], k === p.encoding)),
    );
    delim.replaceChildren(
      ...(Object.keys(DELIM) as Delimiter[]).map((k) => option(k, DELIM[k], k === p.delimiter)),
    );
    layout.value = plan.layout;
    wideOnly.hidden = plan.layout !== 'wide';
    headerInfo.textContent = `表头：${{ zh: '中文', en: '英文', mixed: '中英混合' }[plan.headerLang]}${p.bom ? '，含 BOM' : ''}`;
    status.dataset.kind = plan.rows.length ? '' : 'error';
    status.textContent = `共 ${plan.dataRows} 行数据：可导入 ${plan.rows.length} 个数值，跳过 ${plan.skipped.length} 行，提醒 ${plan.warnings.length} 条。`;
    const all = el('input', { type: 'checkbox', 'data-all': '' });
    all.addEventListener('change', () =>
      unknowns
        .querySelectorAll<HTMLInputElement>('input[data-district], input[data-indicator]')
        .forEach((i) => (i.checked = all.checked)),
    );
    const many = plan.unknownDistricts.length + plan.unknownIndicators.length;
    unknowns.replaceChildren(
      ...(many > 1
        ? [el('label', { class: 'unknown all' }, all, ` 全部添加（${many} 项新区县或新指标）`)]
        : []),
      ...plan.unknownDistricts.map((d) =>
        el(
          'label',
          { class: 'unknown' },
          el('input', { type: 'checkbox', 'data-district': d.name }),
          ` 添加新区县“${d.name}”（${d.count} 个数值）`,
        ),
      ),
      ...plan.unknownIndicators.map((i) =>
        el(
          'label',
          { class: 'unknown' },
          el('input', { type: 'checkbox', 'data-indicator': i.name }),
          ` 添加新指标“${i.name}”（${i.unit || '无单位'}，${i.count} 个数值）`,
        ),
      ),
    );
    const reasons = new Map<number, string[]>();
    for (const x of [
      ...plan.skipped.map((q) => ({ ...q, reason: `跳过：${q.reason}` })),
      ...plan.warnings.map((q) => ({ ...q, reason: `提醒：${q.reason}` })),
    ]) {
      reasons.set(x.line, [...(reasons.get(x.line) ?? []), x.reason]);
    }
    const head = p.preview[0] ?? [];
    preview.replaceChildren(
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', {}, '行'),
            ...head.map((h) => el('th', {}, h)),
            el('th', {}, '问题'),
          ),
        ),
        el(
          'tbody',
          {},
          ...p.preview
            .slice(1)
            .map((r, i) =>
              el(
                'tr',
                { class: reasons.has(i + 2) ? 'has-problem' : '' },
                el('td', {}, String(i + 2)),
                ...r.map((c) => el('td', {}, c)),
                el('td', {}, (reasons.get(i + 2) ?? []).join('；')),
              ),
            ),
        ),
      ),
    );
    const list = [...reasons].sort((a, b) => a[0] - b[0]);
    problems.replaceChildren(
      ...list.slice(0, 200).map(([line, rs]) => el('li', {}, `第 ${line} 行：${rs.join('；')}`)),
    );
    if (list.length > 200) problems.append(el('li', {}, `…另有 ${list.length - 200} 行`));
    ok.disabled = plan.rows.length === 0;
  }

  for (const c of [enc, delim, layout, kind]) c.addEventListener('change', analyse);
  let yearTimer: ReturnType<typeof setTimeout> | undefined;
  let yearDirty = false;
  year.addEventListener('input', () => {
    yearDirty = true;
    clearTimeout(yearTimer);
    yearTimer = setTimeout(analyse, 250);
  });
  analyse();

  return new Promise((resolve) => {
    cancel.onclick = () => dlg.close();
    dlg.addEventListener('close', () => {
      dlg.remove();
      resolve(null);
    });
    ok.onclick = async () => {
      // A year typed just before pressing 导入 is still being checked: wait for that result.
      clearTimeout(yearTimer);
      if (yearDirty) analyse();
      await analysing;
      if (!prepared || prepared.plan.rows.length === 0) return;
      ok.disabled = true;
      status.textContent = '正在导入…';
      const checked = (attr: string) =>
        new Set(
          [...unknowns.querySelectorAll<HTMLInputElement>(`input[${attr}]`)]
            .filter((i) => i.checked)
            .map((i) => i.getAttribute(attr) ?? ''),
        );
      await deps.beforeApply?.();
      let summary: ImportSummary | null = null;
      const plan = prepared.plan;
      deps.store.update((s) => {
        const r = applyImport(s, plan, {
          mode: replace.checked ? 'replace' : 'merge',
          addDistricts: checked('data-district'),
          addIndicators: checked('data-indicator'),
        });
        summary = r.summary;
        return r.state;
      });
      if (!(await deps.persist())) {
        // All or nothing: the write failed, so the import is taken back in memory as well.
        deps.store.update((s) =>
          say(undo(s), 'error', '导入未能保存到浏览器存储，已撤回；现有数据没有改变。'),
        );
        status.textContent = '导入未能保存，已撤回，现有数据没有改变。';
        ok.disabled = false;
        return;
      }
      dlg.remove();
      resolve(summary);
    };
  });
}

export function showSummary(s: ImportSummary): void {
  const dlg = el('dialog', { class: 'app-dialog import-summary', 'aria-label': '导入结果' });
  const close = el('button', { type: 'button', class: 'primary' }, '关闭');
  const lines = [
    ...s.skipped.map((x) => `第 ${x.line} 行 跳过：${x.reason}`),
    ...s.warnings.map((x) => `第 ${x.line} 行 提醒：${x.reason}`),
  ];
  dlg.append(
    el('h2', {}, '导入完成'),
    el(
      'p',
      { class: 'summary-counts' },
      `新增 ${s.added} 行，更新 ${s.updated} 行，未变 ${s.unchanged} 行${s.removed ? `，替换掉 ${s.removed} 行` : ''}，跳过 ${s.skipped.length} 行。`,
    ),
    el('ol', { class: 'problems' }, ...lines.slice(0, 300).map((l) => el('li', {}, l))),
    el('div', { class: 'dialog-buttons' }, close),
  );
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  document.body.append(dlg);
  dlg.showModal();
}
