// Ctrl+K: find an indicator, a district or a goal set by Chinese text, pinyin or initials.
// (Issue 16 §4: filled in by the search work.)
import type { Services } from './services';

export function openSearch(_sv: Services): void {}
