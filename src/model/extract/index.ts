// Proposes candidate indicator values from the pasted text of a district health report.
// Heuristic and pure (no DOM, no libraries): every candidate is for a planner to accept, edit
// or reject, so it carries the verbatim quote and the offsets of its number.
export { extractCandidates, type Candidate } from './candidates';
export { detectDistrict } from './district';
