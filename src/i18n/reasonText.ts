// A model's reason (a refused number, a value out of range) in words. Today the model still
// gives its reason as text; this one call is where its problem codes will be worded.
import type { NumberReason, RangeReason } from '../state/messages';

// Both are text today; they may part when the model's reasons become codes.
// eslint-disable-next-line @typescript-eslint/no-duplicate-type-constituents
export const reasonText = (reason: NumberReason | RangeReason): string => reason;
