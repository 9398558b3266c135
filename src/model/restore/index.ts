// One restore step for every way data enters the workbook (see observation.ts).
export {
  cellText,
  restoreKind,
  restorePreferred,
  restoreQualifier,
  restoreText,
  restoreValue,
  restoreYear,
} from './fields';
export {
  restoreMeasure,
  restoreObservation,
  restoreObservations,
  type RestoredRows,
  type RestoreOptions,
} from './observation';
export {
  restoreCatalogEntry,
  restoreGoalSet,
  restoreGoalTarget,
  restoreHistoryEntry,
  type HistoryEntry,
} from './parts';
export { restorePeerGroup, restorePeerGroups } from './peerGroup';
