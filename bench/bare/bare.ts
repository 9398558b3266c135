// The bare floor of the bench: Handsontable + Chart.js + PapaParse + Dexie doing the app's
// measured work with no app around them. Driven by bench/run.mjs through window.__bare.
import Handsontable from 'handsontable/base';
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main.min.css';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import Papa from 'papaparse';
import Dexie from 'dexie';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

type Cell = string | number | null;
const el = (id: string) => document.getElementById(id) as HTMLElement;
const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));

let hot: Handsontable | null = null;
let chart: Chart | null = null;

/** A rows × cols numeric grid, as the app's compare grid holds values. */
function numbers(rows: number, cols: number): Cell[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => Math.round(((r * 31 + c * 7) % 997) * 10) / 10),
  );
}

function makeGrid(data: Cell[][]): Handsontable {
  hot?.destroy();
  hot = new Handsontable(el('grid'), {
    data,
    rowHeaders: true,
    colHeaders: true,
    width: '100%',
    height: 480,
    themeName: 'ht-theme-main',
    licenseKey: 'non-commercial-and-evaluation',
  });
  return hot;
}

/** The grid plus a bar chart of the edited row, updated by afterChange with update('none'). */
function editGrid(rows: number, cols: number): void {
  const h = makeGrid(numbers(rows, cols));
  chart?.destroy();
  const row0 = h.getDataAtRow(0).map(Number);
  chart = new Chart(el('chart') as HTMLCanvasElement, {
    type: 'bar',
    data: { labels: row0.map((_, i) => `d${i}`), datasets: [{ label: 'v', data: row0 }] },
    options: { animation: false, maintainAspectRatio: false, responsive: true },
  });
  h.addHook('afterChange', (changes) => {
    if (!changes || !chart) return;
    const row = changes[0]![0];
    chart.data.datasets[0]!.data = h.getDataAtRow(row).map(Number);
    chart.update('none');
  });
}

/** Arms one measurement: Enter keydown → the chart holds value → the frame after it is drawn. */
function armEdit(value: number): Promise<{ data: number; task: number; painted: number }> {
  return new Promise((resolve, reject) => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      const t0 = performance.now();
      // As the app's probe does: the Enter task ends where the first timer or frame runs.
      let task: number | null = null;
      const taskEnd = () => (task ??= performance.now() - t0);
      requestAnimationFrame(taskEnd);
      const poll = () => {
        taskEnd();
        if (chart?.data.datasets[0]!.data.includes(value)) {
          const data = performance.now() - t0;
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({ data, task: task ?? data, painted: performance.now() - t0 }),
            ),
          );
        } else if (performance.now() - t0 > 10_000) reject(new Error('bare edit not charted'));
        else setTimeout(poll, 0);
      };
      setTimeout(poll, 0);
    };
    window.addEventListener('keydown', onKey, true);
  });
}

/** File chosen → Papa.parse → loaded into the grid → painted. */
function armImport(): Promise<{ parse: number; painted: number; rows: number }> {
  const input = el('file') as HTMLInputElement;
  return new Promise((resolve) => {
    input.addEventListener(
      'change',
      async () => {
        const t0 = performance.now();
        const text = await input.files![0]!.text();
        const res = Papa.parse<string[]>(text, {
          delimiter: '',
          delimitersToGuess: [',', ';', '\t'],
          skipEmptyLines: 'greedy',
        });
        const parse = performance.now() - t0;
        if (hot) hot.loadData(res.data);
        else makeGrid(res.data);
        resolve({ parse, painted: (await frame()) - t0, rows: res.data.length });
      },
      { once: true },
    );
  });
}

type Row = { id: string; indicator: string; district: string; year: number; value: number };
type Chunk = { district: string; rows: Row[] };

class BareDb extends Dexie {
  chunks!: Dexie.Table<Chunk, string>;
  constructor() {
    super('bare-floor');
    this.version(2).stores({ chunks: 'district' });
  }
}

/** First visit: `count` observation-like rows, one record per district as the app stores them. */
async function seedDb(count: number, districts: number): Promise<void> {
  const db = new BareDb();
  await db.chunks.clear();
  const chunks: Chunk[] = Array.from({ length: districts }, (_, d) => ({
    district: `d${d}`,
    rows: [],
  }));
  for (let i = 0; i < count; i++) {
    const d = i % districts;
    chunks[d]!.rows.push({
      id: `o${i}`,
      indicator: `i${Math.floor(i / districts) % 997}`,
      district: `d${d}`,
      year: 2014 + (i % 10),
      value: i / 10,
    });
  }
  await db.chunks.bulkPut(chunks);
  db.close();
}

/** Second visit: open Dexie, read every row, render a rows × cols grid; ms from navigation. */
async function coldStart(rows: number, cols: number): Promise<{ painted: number; read: number }> {
  const db = new BareDb();
  const chunks = await db.chunks.toArray();
  const data = numbers(rows, cols);
  let read = 0;
  chunks.forEach((chunk, c) => {
    for (const o of chunk.rows) {
      const line = data[read++ % rows];
      if (line && c < cols) line[c] = o.value;
    }
  });
  makeGrid(data);
  return { painted: await frame(), read };
}

Object.assign(window, {
  __bare: { editGrid, armEdit, armImport, seedDb, coldStart, hot: () => hot },
});

// ?cold=rows,cols starts the cold-start measure at load, as the app's own start does.
const cold = new URLSearchParams(location.search).get('cold');
if (cold) {
  const [r, c] = cold.split(',').map(Number);
  void coldStart(r!, c!).then((v) => Object.assign(window, { __benchCold: v }));
}
