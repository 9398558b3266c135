// The small test API the app puts on window (window.__app, and window.__present while a deck
// is presented). Declared once here: the app implements it and the e2e page objects import
// the type, so a renamed or reshaped hook fails the type check instead of a test at run time.
import type { ChartDataForTests, ChartId } from '../charts';
import type { SlideChart } from '../charts/slideChart';
import type { CompareView } from '../model/compare';
import type { GoalRow } from '../model/goalsView';
import type { AppState, UiState, ViewName } from '../state/state';
import type { SyncInfo } from '../state/syncInfo';

export interface TestApi {
  state(): AppState;
  /** What the live charts hold. */
  charts(): ChartDataForTests[];
  /** One chart's dataset values only: cheap enough to poll every task (the bench does). */
  chartValues(id: ChartId): (number | null)[][];
  /** Writes what is pending; false when the write failed (it is retried). */
  flush(): Promise<boolean>;
  goals(): GoalRow[];
  compare(): CompareView;
  select(ui: Partial<UiState>): void;
  /** Selects a grid cell by row and column key; throws when there is no such cell. */
  selectCell(view: ViewName, rowKey: string, colKey: string): Promise<void>;
  /** Edits an observation's value as if typed. */
  editValue(id: string, raw: string): void;
  /** A grid cell editor is open. */
  isEditing(): boolean;
  /** Sharing: documents waiting to upload (0 when off), and whether the engine has started. */
  syncPending(): number;
  syncStarted(): boolean;
  /** Puts sharing states in the store as the engine would (screens tested without a server). */
  showSyncInfo(patch: Partial<SyncInfo>): void;
}

export interface PresentApi {
  index(): number;
  open(): boolean;
  /** What the shown slide's chart holds (null on a slide without one). */
  chart(): ReturnType<SlideChart['data']> | null;
  title(): string;
}
