/* Generated from schema/programme.schema.json by scripts/gen-types.mjs. Do not edit. */
/**
 * A BCP 47 language tag such as fi, sv, en or fi-x-plain.
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "LocaleCode".
 */
export type LocaleCode = string;
/**
 * A stable identifier: lower-case letters, digits, dots and hyphens.
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * Where a text came from: seed-en (the English programme), seed-sv (the Swedish programme), seed-other (another named source document), draft-translation (translated for this package and awaiting the city's review), editorial (written for this package from the sources, e.g. short titles and plain-language summaries).
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "ProvenanceKind".
 */
export type ProvenanceKind = 'seed-en' | 'seed-sv' | 'seed-other' | 'draft-translation' | 'editorial';
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "StatusValue".
 */
export type StatusValue =
  'not-reported' | 'not-started' | 'in-progress' | 'partially-achieved' | 'achieved' | 'no' | 'partially' | 'yes';

/**
 * A municipal integration programme as data: its themes, measure sets, measures, indicators, responsible organisations, best practices and concepts, with every text in several languages. Written for Helsinki's Integration Programme 2017–2021 and reusable by any city.
 */
export interface IntegrationProgrammePackage {
  $schema?: string;
  /**
   * Semantic version of this schema that the package follows.
   */
  schemaVersion: string;
  /**
   * Version of the content, bumped by the editors when they publish.
   */
  dataVersion?: string;
  /**
   * The languages every text in this package is given in. A per-locale build lists one.
   *
   * @minItems 1
   */
  locales: [LocaleCode, ...LocaleCode[]];
  /**
   * True when the package carries illustrative example values (statuses, observations). Widgets show an 'Example data' badge.
   */
  example?: boolean;
  exampleNote?: LocalizedText;
  programme: Programme;
  sources: Source[];
  keyFigures: KeyFigure[];
  /**
   * @minItems 1
   */
  themes: [Theme, ...Theme[]];
  /**
   * @minItems 1
   */
  measureSets: [MeasureSet, ...MeasureSet[]];
  measures: Measure[];
  indicators: Indicator[];
  organisations: Organisation[];
  bestPractices: BestPractice[];
  concepts: Concept[];
  /**
   * @minItems 1
   */
  statusScales: [StatusScale, ...StatusScale[]];
}
/**
 * One text in several languages, keyed by BCP 47 language tag ({"fi": …, "sv": …, "en": …}).
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText {
  [k: string]: string;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Programme".
 */
export interface Programme {
  id: Id;
  title: LocalizedText;
  subtitle?: LocalizedText;
  period: {
    start: number;
    end: number;
  };
  legalBasis: LocalizedText;
  aim: LocalizedText;
  monitoring: LocalizedText;
  preparation?: LocalizedText;
  approval?: {
    date: string;
    body: LocalizedText;
    source?: SourceRef;
  };
  publisher?: LocalizedText;
  /**
   * Review state of the plain-language summaries. The Finnish Centre for Easy Language's label may only be claimed after its review.
   */
  plainLanguage?: {
    reviewed: boolean;
    reviewedBy?: string;
    note: LocalizedText;
  };
  sources?: SourceRef[];
  provenance: Provenance;
}
/**
 * Where in a source the fact stands.
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "SourceRef".
 */
export interface SourceRef {
  sourceId: Id;
  /**
   * Page, section or table in the source.
   */
  ref?: string;
}
/**
 * Where each localized field of the entity came from: per field, either one kind for every language or a kind per language.
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface Provenance {
  [k: string]:
    | ProvenanceKind
    | {
        [k: string]: ProvenanceKind;
      };
}
/**
 * A public document the package's facts trace back to.
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  id: Id;
  title: string;
  lang: LocaleCode;
  publisher?: string;
  year?: number;
  /**
   * ISBN, publication series number or similar.
   */
  identifier?: string;
  /**
   * The seed file the text was taken from, where one was used.
   */
  file?: string;
  url?: string;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "KeyFigure".
 */
export interface KeyFigure {
  id: Id;
  value: number;
  /**
   * percent: value is a percentage (15 = 15 %); fraction-quarter etc. are written out in the label.
   */
  unit: 'percent' | 'people' | 'languages' | 'count';
  /**
   * How the source states the number: over (more than), about, exactly, projection (a forecast).
   */
  qualifier?: 'over' | 'about' | 'exactly' | 'projection';
  /**
   * The year the figure refers to (or the projection's target year).
   */
  year: number;
  label: LocalizedText;
  source: SourceRef;
  provenance: Provenance;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Theme".
 */
export interface Theme {
  id: Id;
  number: number;
  title: LocalizedText;
  aim: LocalizedText;
  /**
   * Name of a Helsinki Design System brand colour token used as the theme's accent (never as its only signal).
   */
  colour?: string;
  source?: SourceRef;
  provenance: Provenance;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "MeasureSet".
 */
export interface MeasureSet {
  id: Id;
  themeId: Id;
  number: number;
  title: LocalizedText;
  /**
   * The strategy objectives the set serves, as the summary table gives them.
   */
  objectives: LocalizedText[];
  /**
   * Indicators that belong to the set as a whole (e.g. the education plan's).
   */
  indicatorIds?: Id[];
  responsibleIds?: Id[];
  source?: SourceRef;
  provenance: Provenance;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Measure".
 */
export interface Measure {
  /**
   * The programme's own number, e.g. "4.12", or "2" for a set with a single measure.
   */
  id: string;
  setId: Id;
  title: LocalizedText1;
  description: LocalizedText2;
  summary: LocalizedText3;
  plain: LocalizedText4;
  indicatorIds: Id[];
  /**
   * @minItems 1
   */
  responsibleIds: [Id, ...Id[]];
  /**
   * A stable identifier: lower-case letters, digits, dots and hyphens.
   */
  statusScale: string;
  status: Status;
  source?: SourceRef;
  provenance: Provenance;
}
/**
 * One text in several languages, keyed by BCP 47 language tag ({"fi": …, "sv": …, "en": …}).
 */
export interface LocalizedText1 {
  [k: string]: string;
}
/**
 * One text in several languages, keyed by BCP 47 language tag ({"fi": …, "sv": …, "en": …}).
 */
export interface LocalizedText2 {
  [k: string]: string;
}
/**
 * One text in several languages, keyed by BCP 47 language tag ({"fi": …, "sv": …, "en": …}).
 */
export interface LocalizedText3 {
  [k: string]: string;
}
/**
 * One text in several languages, keyed by BCP 47 language tag ({"fi": …, "sv": …, "en": …}).
 */
export interface LocalizedText4 {
  [k: string]: string;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Status".
 */
export interface Status {
  value: StatusValue;
  /**
   * The date the status was reported.
   */
  reportedAt?: string;
  note?: LocalizedText;
  source?: ReportSource;
  /**
   * True when this status is illustrative, not reported by the city.
   */
  example?: boolean;
}
/**
 * Where a status or a value was published (from a monitoring file): a decision, a report or a page, with its address.
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "ReportSource".
 */
export interface ReportSource {
  name: LocalizedText;
  url: string;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Indicator".
 */
export interface Indicator {
  id: Id;
  name: LocalizedText;
  /**
   * measure: from a measure's row in the summary tables; education-plan: one of the education development plan's 10; monitoring: one of the programme's own monitoring indicators.
   */
  group: 'measure' | 'education-plan' | 'monitoring';
  /**
   * count: a number of things or people; share: a proportion in percent; milestone: achieved yes/no; index: a composite or rate.
   */
  kind: 'count' | 'share' | 'milestone' | 'index';
  unit?: LocalizedText;
  target?: {
    value?: number;
    comparator?: 'at-least' | 'at-most' | 'exactly';
    /**
     * The period the value counts over, e.g. year.
     */
    per?: 'year' | 'programme-period';
    text: LocalizedText;
  };
  breakdown?: LocalizedText5;
  responsibleIds?: Id[];
  informationSource?: LocalizedText6;
  informationSourceIds?: Id[];
  observations: Observation[];
  source?: SourceRef;
  provenance: Provenance;
}
/**
 * One text in several languages, keyed by BCP 47 language tag ({"fi": …, "sv": …, "en": …}).
 */
export interface LocalizedText5 {
  [k: string]: string;
}
/**
 * One text in several languages, keyed by BCP 47 language tag ({"fi": …, "sv": …, "en": …}).
 */
export interface LocalizedText6 {
  [k: string]: string;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Observation".
 */
export interface Observation {
  /**
   * A year ("2019"), a half or quarter ("2019H1", "2019Q3") or a date.
   */
  period: string;
  value: number | null;
  note?: LocalizedText;
  source?: ReportSource;
  /**
   * True when the value is illustrative, not a published statistic.
   */
  example?: boolean;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Organisation".
 */
export interface Organisation {
  id: Id;
  name: LocalizedText;
  abbreviation?: string;
  type:
    | 'city'
    | 'city-division'
    | 'city-unit'
    | 'city-service'
    | 'city-project'
    | 'city-company'
    | 'state-authority'
    | 'regional-authority'
    | 'municipality'
    | 'ngo'
    | 'education'
    | 'company'
    | 'network'
    | 'other';
  parentId?: Id;
  role?: LocalizedText7;
  source?: SourceRef;
  provenance: Provenance;
}
/**
 * One text in several languages, keyed by BCP 47 language tag ({"fi": …, "sv": …, "en": …}).
 */
export interface LocalizedText7 {
  [k: string]: string;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "BestPractice".
 */
export interface BestPractice {
  id: Id;
  title: LocalizedText;
  description: LocalizedText;
  themeId?: Id;
  measureIds?: string[];
  organisationIds?: Id[];
  period?: string;
  source?: SourceRef;
  provenance: Provenance;
}
/**
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "Concept".
 */
export interface Concept {
  id: Id;
  term: LocalizedText;
  definition: LocalizedText;
  note?: LocalizedText;
  source?: SourceRef;
  provenance: Provenance;
}
/**
 * A scale the programme uses to report how far a measure has come.
 *
 * This interface was referenced by `IntegrationProgrammePackage`'s JSON-Schema
 * via the `definition` "StatusScale".
 */
export interface StatusScale {
  id: Id;
  name: LocalizedText;
  /**
   * @minItems 1
   */
  values: [
    {
      value: StatusValue;
      label: LocalizedText;
    },
    ...{
      value: StatusValue;
      label: LocalizedText;
    }[]
  ];
  provenance?: Provenance;
}
