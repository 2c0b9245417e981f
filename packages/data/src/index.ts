/** @hki-widgets/data: the programme's types, the browser-side validator and small helpers. */
export type * from './types.js';
export type * from './services-types.js';
export type * from './signs-types.js';
export { validatePackage, checkReferences, formatIssues, type ValidationIssue, type ValidationResult } from './validate.js';
export { compareMeasureIds, csvCell, type Glossary, type ProgrammeSummary } from './assemble.js';
