// Generated from elements.json by scripts/gen-elements.mjs: do not edit. Change the list and run the script.
/** The widgets the configurator offers, in the order of its chooser: the tag, a name and one line. */
export const ELEMENTS = [
  {
    tag: 'hki-measure-card',
    name: 'Measure card',
    summary: 'One measure of the programme: what will be done, its status, who is responsible, its indicators.',
  },
  {
    tag: 'hki-measure-list',
    name: 'Measure explorer',
    summary: 'Every measure, with search and filters. Can start filtered to a theme or to who is responsible.',
  },
  {
    tag: 'hki-programme-summary',
    name: 'Programme summary',
    summary: 'For a landing page: the programme’s four themes with how far they have come, and key figures.',
  },
  {
    tag: 'hki-indicator-chart',
    name: 'Indicator chart',
    summary: 'An indicator of the programme, or a statistics table, as a chart with a summary in words and a table.',
  },
  {
    tag: 'hki-service-finder',
    name: 'Service finder',
    summary: 'Residents find services in a language they read, with search, filters and opening hours.',
  },
  {
    tag: 'hki-service-card',
    name: 'Service card',
    summary: 'One service on its own, for example on a library’s or a sports facility’s page.',
  },
  {
    tag: 'hki-sign',
    name: 'Plain-language sign',
    summary: 'A sign with a pictogram and short text in several languages, to show on screen or print for a wall.',
  },
  {
    tag: 'hki-term',
    name: 'Term with definition',
    summary: 'One of the programme’s concepts inside your text; a resident opens its definition in place.',
  },
];
