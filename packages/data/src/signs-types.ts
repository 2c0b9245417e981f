/* Generated from schema/programme.schema.json by scripts/gen-types.mjs. Do not edit. */
import type { LocalizedText, LocaleCode, Id, Provenance } from './types.js';

/**
 * Plain-language sign templates for sports facilities and libraries (measure 8.3 of the programme), in many languages, with the pictograms they use. Each translation says whether a qualified translator has reviewed it.
 */
export interface SignsPackage {
  $schema?: string;
  schemaVersion: string;
  dataVersion?: string;
  /**
   * Every language a sign may carry. fi-x-plain and sv-x-plain are plain Finnish (selkosuomi) and plain Swedish (lättläst svenska).
   *
   * @minItems 1
   */
  locales: [LocaleCode, ...LocaleCode[]];
  pictograms: Pictogram[];
  signs: Sign[];
}
/**
 * This interface was referenced by `SignsPackage`'s JSON-Schema
 * via the `definition` "Pictogram".
 */
export interface Pictogram {
  id: Id;
  alt: LocalizedText;
  reviewed: Review;
  /**
   * SPDX licence identifier of the drawing.
   */
  licence: string;
  author: string;
}
/**
 * Per language: true when a qualified translator has reviewed the text; false for drafts.
 *
 * This interface was referenced by `SignsPackage`'s JSON-Schema
 * via the `definition` "Review".
 */
export interface Review {
  [k: string]: boolean;
}
/**
 * This interface was referenced by `SignsPackage`'s JSON-Schema
 * via the `definition` "Sign".
 */
export interface Sign {
  id: Id;
  category: 'sports' | 'library' | 'general';
  pictogram: Id;
  /**
   * The default arrow, in physical directions (never mirrored by text direction).
   */
  arrow?: 'left' | 'right' | 'up' | 'down' | 'up-left' | 'up-right' | 'down-left' | 'down-right';
  text: LocalizedText;
  reviewed: Review;
  relatedMeasureIds?: string[];
  provenance?: Provenance;
}
