/* Generated from schema/programme.schema.json by scripts/gen-types.mjs. Do not edit. */

/** Top-level fields every package has. */
export const REQUIRED_TOP_LEVEL = ["schemaVersion","locales","programme","sources","keyFigures","themes","measureSets","measures","indicators","organisations","bestPractices","concepts","statusScales"] as const;

/** Per collection: the fields each item must have and the paths of its localized texts. */
export const COLLECTIONS: Record<string, { required: readonly string[]; localized: readonly string[] }> = {
  "sources": {
    "required": [
      "id",
      "title",
      "lang"
    ],
    "localized": []
  },
  "keyFigures": {
    "required": [
      "id",
      "value",
      "unit",
      "year",
      "label",
      "source",
      "provenance"
    ],
    "localized": [
      "label"
    ]
  },
  "themes": {
    "required": [
      "id",
      "number",
      "title",
      "aim",
      "provenance"
    ],
    "localized": [
      "title",
      "aim"
    ]
  },
  "measureSets": {
    "required": [
      "id",
      "themeId",
      "number",
      "title",
      "objectives",
      "provenance"
    ],
    "localized": [
      "title",
      "objectives[]"
    ]
  },
  "measures": {
    "required": [
      "id",
      "setId",
      "title",
      "description",
      "summary",
      "plain",
      "indicatorIds",
      "responsibleIds",
      "status",
      "statusScale",
      "provenance"
    ],
    "localized": [
      "title",
      "description",
      "summary",
      "plain",
      "status.note",
      "status.source.name"
    ]
  },
  "indicators": {
    "required": [
      "id",
      "name",
      "group",
      "kind",
      "observations",
      "provenance"
    ],
    "localized": [
      "name",
      "unit",
      "target.text",
      "breakdown",
      "informationSource",
      "observations[].note",
      "observations[].source.name"
    ]
  },
  "organisations": {
    "required": [
      "id",
      "name",
      "type",
      "provenance"
    ],
    "localized": [
      "name",
      "role"
    ]
  },
  "bestPractices": {
    "required": [
      "id",
      "title",
      "description",
      "provenance"
    ],
    "localized": [
      "title",
      "description"
    ]
  },
  "concepts": {
    "required": [
      "id",
      "term",
      "definition",
      "provenance"
    ],
    "localized": [
      "term",
      "definition",
      "note"
    ]
  },
  "statusScales": {
    "required": [
      "id",
      "name",
      "values"
    ],
    "localized": [
      "name",
      "values[].label"
    ]
  }
};

/** The programme object's required fields and localized texts. */
export const PROGRAMME = {
  "required": [
    "id",
    "title",
    "period",
    "legalBasis",
    "aim",
    "monitoring",
    "provenance"
  ],
  "localized": [
    "title",
    "subtitle",
    "legalBasis",
    "aim",
    "monitoring",
    "preparation",
    "approval.body",
    "publisher",
    "plainLanguage.note"
  ]
};

/** The schema version this code was generated from. */
export const SCHEMA_ID = "https://github.com/hki-widgets/hki-widgets/packages/data/schema/programme.schema.json";
