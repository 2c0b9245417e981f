/* Generated from schema/programme.schema.json by scripts/gen-types.mjs. Do not edit. */
import type { LocalizedText, LocaleCode, Id, Source, Provenance } from './types.js';

/**
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "Topic".
 */
export type Topic =
  | 'work'
  | 'education'
  | 'language-learning'
  | 'culture'
  | 'sport'
  | 'health-social'
  | 'housing'
  | 'participation'
  | 'settling-in';
/**
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "Audience".
 */
export type Audience =
  | 'everyone'
  | 'adults'
  | 'young-people'
  | 'children'
  | 'parents'
  | 'job-seekers'
  | 'students'
  | 'employers'
  | 'entrepreneurs'
  | 'seniors'
  | 'newcomers';
/**
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "Channel".
 */
export type Channel = 'in-person' | 'phone' | 'online' | 'chat' | 'email';
/**
 * Structured weekly hours, free text as the source writes them, or explicitly unknown (a widget then says so and never guesses).
 *
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "OpeningHours".
 */
export type OpeningHours =
  | {
      kind: 'structured';
      periods: OpeningPeriod[];
      /**
       * Dates with other hours (or closed), as Hauki gives them.
       */
      exceptions?: {
        date: string;
        closed: boolean;
        opens?: string;
        closes?: string;
      }[];
      timeZone?: string;
      source?: FactSource;
    }
  | {
      kind: 'text';
      text: LocalizedText;
      /**
       * The same text line by line as the source gives it (one register entry each, which may hold line breaks of its own), so a line missing in one language can fall back to another. `text` is the lines joined.
       */
      lines?: LocalizedText[];
      source?: FactSource;
    }
  | {
      kind: 'unknown';
    };
/**
 * Services for residents (where, in which languages, when, how accessible), each fact with its source. Shares its text, source and provenance definitions with the programme schema.
 */
export interface ServicesPackage {
  $schema?: string;
  schemaVersion: string;
  dataVersion?: string;
  /**
   * @minItems 1
   */
  locales: [LocaleCode, ...LocaleCode[]];
  /**
   * True when the package is synthetic or illustrative (benchmarks, demos). Widgets show an 'Example data' badge.
   */
  example?: boolean;
  sources: Source[];
  districts: District[];
  services: Service[];
}
/**
 * A district of the city that services can be sorted by distance from.
 *
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "District".
 */
export interface District {
  id: Id;
  name: LocalizedText;
  centre?: Coordinates;
  source: FactSource;
}
/**
 * WGS 84 latitude and longitude.
 *
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "Coordinates".
 */
export interface Coordinates {
  lat: number;
  lon: number;
}
/**
 * Where one fact comes from: a source of the package, where in it, and when it was read or last checked.
 *
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "FactSource".
 */
export interface FactSource {
  sourceId: Id;
  ref?: string;
  date?: string;
}
/**
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "Service".
 */
export interface Service {
  id: Id;
  name: LocalizedText;
  description: LocalizedText;
  plain?: LocalizedText;
  /**
   * A stable identifier: lower-case letters, digits, dots and hyphens.
   */
  providerId?: string;
  providerName?: LocalizedText;
  topics: Topic[];
  audiences: Audience[];
  /**
   * Languages the service is given in (BCP 47). Empty when the source does not say.
   */
  languages: ServiceLanguage[];
  /**
   * Whether an interpreter can be booked; absent when the source does not say.
   */
  interpreter?: boolean;
  channels: Channel[];
  locations?: Location[];
  contacts?: Contact[];
  openingHours: OpeningHours;
  accessibility?: AccessibilityGroup[];
  picture?: Picture;
  /**
   * Free of charge; absent when the source does not say.
   */
  free?: boolean;
  /**
   * Whether an appointment is needed; absent when the source does not say.
   */
  appointment?: 'required' | 'not-needed' | 'optional';
  /**
   * Measures of the programme this service serves.
   */
  relatedMeasureIds?: string[];
  /**
   * Where the service's facts come from.
   *
   * @minItems 1
   */
  sources: [FactSource, ...FactSource[]];
  /**
   * True for synthetic services (benchmarks): never shipped as real data.
   */
  example?: boolean;
  provenance: Provenance;
}
/**
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "ServiceLanguage".
 */
export interface ServiceLanguage {
  code: LocaleCode;
  note?: LocalizedText;
}
/**
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "Location".
 */
export interface Location {
  name?: LocalizedText;
  street?: LocalizedText;
  postalCode?: string;
  city?: LocalizedText;
  district?: Id;
  coordinates?: Coordinates;
  source?: FactSource;
}
/**
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  kind: 'web' | 'email' | 'phone';
  /**
   * An https/http URL, an email address or a phone number (widgets render them as https:, mailto: or tel: links).
   */
  value: string;
  values?: LocalizedText;
  label?: LocalizedText;
  source?: FactSource;
}
/**
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "OpeningPeriod".
 */
export interface OpeningPeriod {
  /**
   * ISO weekdays, 1 = Monday … 7 = Sunday.
   *
   * @minItems 1
   */
  days: [number, ...number[]];
  opens: string;
  closes: string;
  validFrom?: string;
  validTo?: string;
}
/**
 * Accessibility facts, grouped as the Service Map groups its sentences (entrance, interior, parking…).
 *
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "AccessibilityGroup".
 */
export interface AccessibilityGroup {
  group?: LocalizedText;
  sentences: LocalizedText[];
  source?: FactSource;
}
/**
 * A picture of the service, only with the source's own description of it (its alt text).
 *
 * This interface was referenced by `ServicesPackage`'s JSON-Schema
 * via the `definition` "Picture".
 */
export interface Picture {
  url: string;
  alt: LocalizedText;
  source?: FactSource;
}
