// The embed configurator (docs/configurator/index.html): a City web editor chooses a widget and its
// options from the data package's real choices, sees the real widget in Finnish, Swedish and
// English, and copies a two-line snippet. Plain ES module, no build step.
//
// Rules this file keeps:
// - No innerHTML: every node is made with createElement and text goes in as text, so nothing an
//   editor types (or a data file says) can become markup. The snippet is text in a <textarea>.
// - No inline styles (the page runs under style-src 'self'): looks come from configurator.css.
// - URLs are resolved against document.baseURI, not location.href, so the page also works from a
//   <base href> (the browser test loads it through an iframe's srcdoc).

import { ELEMENTS } from './elements.js';

const root = document.documentElement;

/** Where the CDN bundle and the data package are: <html data-embed data-data>, relative to this page. */
const EMBED_URL = new URL(root.dataset.embed || '../embed/hki-widgets.js', document.baseURI).href;
const DATA_URL = new URL(root.dataset.data || '../data/', document.baseURI).href;

/** The example package: made-up statuses and indicator values, for demonstrations only. */
const EXAMPLE_SRC = new URL('examples/programme.example.json', DATA_URL).href;

/** The snippet's script address until the editor gives the real one: plainly a placeholder. */
const PLACEHOLDER_SCRIPT = 'https://cdn.example.org/hki-widgets/hki-widgets.js';

/** Milliseconds to wait after typing before the preview is re-created. */
const PREVIEW_DELAY = 300;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/**
 * Creates an element. props: `class`, `text` (textContent), `on<event>` (listener), `true` for a
 * boolean attribute; anything else becomes an attribute. Children are nodes or strings (text).
 */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** The English text of a { fi, sv, en } value (the configurator's own language), else another. */
const en = (text) => (text && (text.en || text.fi || text.sv)) || '';

/** Escapes a value for a double-quoted HTML attribute in the snippet. */
const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An absolute http(s) URL, or undefined (relative paths, javascript:, mailto: and typos are not). */
function httpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** True when a value names a URL scheme ("javascript:", "mailto:", "https:") rather than a path. */
const hasScheme = (value) => /^[a-z][a-z0-9+.-]*:/i.test(value);

/** [name, value] when value differs from the element's default, else nothing (for spreading). */
const unlessDefault = (name, value, fallback) => (value !== fallback && value !== '' ? [[name, value]] : []);

/** "A, B and C". */
function listInWords(items) {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** English names of languages from the browser (Intl), for codes the tables below do not name. */
const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  } catch {
    return undefined;
  }
})();
const languageName = (code) => languageNames?.of(code) ?? code;

// ---------------------------------------------------------------------------------------------
// Form controls. Every control has a visible <label> (or a <legend> for a group) and its hint is
// tied to it with aria-describedby.
// ---------------------------------------------------------------------------------------------

/** A labelled control with an optional hint between the label and the control. */
function field(label, control, hint) {
  const hintId = hint ? `${control.id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id, text: label }),
    hint ? h('p', { class: 'hint', id: hintId, text: hint }) : null,
    control,
  );
}

/** A <select>. choices: { value, label, group? }; choices with a group go into an <optgroup>. */
function selectControl(id, choices, selected) {
  const select = h('select', { id });
  let group;
  for (const choice of choices) {
    const option = h('option', { value: choice.value, text: choice.label, selected: choice.value === selected });
    if (choice.group) {
      if (group?.label !== choice.group) {
        group = h('optgroup', { label: choice.group });
        select.append(group);
      }
      group.append(option);
    } else {
      group = undefined;
      select.append(option);
    }
  }
  return select;
}

/** A text input (type "url" for addresses: the right keyboard on phones, no validation popups). */
function textControl(id, { type = 'text', value = '', placeholder } = {}) {
  return h('input', {
    id,
    type,
    value,
    placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    inputmode: type === 'url' ? 'url' : undefined,
  });
}

/**
 * A fieldset of radio buttons or checkboxes. choices: { value, label, lang?, dir?, note? } where
 * label may be a node. Returns the fieldset and helpers to read it.
 */
function choiceGroup(id, legend, choices, { type = 'radio', checked = [], hint, inline = false } = {}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const fieldset = h(
    'fieldset',
    { id, class: `choice-group${inline ? ' inline' : ''}`, 'aria-describedby': hintId },
    h('legend', { text: legend }),
    hint ? h('p', { class: 'hint', id: hintId, text: hint }) : null,
  );
  const inputs = [];
  for (const choice of choices) {
    const inputId = `${id}-${choice.value || 'default'}`;
    const input = h('input', { type, id: inputId, name: id, value: choice.value, checked: checked.includes(choice.value) });
    inputs.push(input);
    fieldset.append(h('div', { class: 'choice' }, input, h('label', { for: inputId }, choice.label)));
  }
  return {
    fieldset,
    inputs,
    /** The checked radio's value. */
    value: () => inputs.find((i) => i.checked)?.value ?? '',
    /** The checked boxes' values, in the order of the choices. */
    values: () => inputs.filter((i) => i.checked).map((i) => i.value),
  };
}

/** A single checkbox with its label (for on/off options). */
function toggleControl(id, label, { checked = false, hint } = {}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const input = h('input', { type: 'checkbox', id, checked, 'aria-describedby': hintId });
  const wrapper = h(
    'div',
    { class: 'field' },
    h('div', { class: 'choice' }, input, h('label', { for: id, text: label })),
    hint ? h('p', { class: 'hint after', id: hintId, text: hint }) : null,
  );
  return { wrapper, input };
}

// ---------------------------------------------------------------------------------------------
// Words for the data's codes. The data package names measures, themes, organisations, indicators,
// concepts, districts and services itself; the codes below are named only in the widgets' own
// interface strings, so their English words are repeated here.
// ---------------------------------------------------------------------------------------------

/** Topics and audiences of services (the service finder's English labels). */
const TOPIC_LABELS = {
  'settling-in': 'Settling in',
  work: 'Work',
  education: 'Education',
  'language-learning': 'Learning Finnish or Swedish',
  culture: 'Culture and libraries',
  sport: 'Sport and exercise',
  'health-social': 'Health and social services',
  housing: 'Housing',
  participation: 'Taking part',
};
const AUDIENCE_LABELS = {
  everyone: 'Everyone',
  newcomers: 'Newcomers to Finland',
  adults: 'Adults',
  'young-people': 'Young people',
  children: 'Children',
  parents: 'Parents',
  'job-seekers': 'Job seekers',
  students: 'Students',
  employers: 'Employers',
  entrepreneurs: 'Entrepreneurs',
  seniors: 'Older people',
};

/** The sign languages: English name, and the language's own name (shown with its lang and dir). */
const SIGN_LANGUAGES = {
  'fi-x-plain': { name: 'Plain Finnish', own: 'selkosuomi', lang: 'fi' },
  'sv-x-plain': { name: 'Plain Swedish', own: 'lättläst svenska', lang: 'sv' },
  fi: { name: 'Finnish', own: 'suomi' },
  sv: { name: 'Swedish', own: 'svenska' },
  en: { name: 'English' },
  ar: { name: 'Arabic', own: 'العربية', dir: 'rtl' },
  so: { name: 'Somali', own: 'Soomaali' },
  fa: { name: 'Persian (Farsi)', own: 'فارسی', dir: 'rtl' },
  prs: { name: 'Dari', own: 'دری', dir: 'rtl' },
  ckb: { name: 'Kurdish (Sorani)', own: 'کوردیی ناوەندی', dir: 'rtl' },
  ru: { name: 'Russian', own: 'русский' },
  et: { name: 'Estonian', own: 'eesti' },
  uk: { name: 'Ukrainian', own: 'українська' },
};
const signLanguageName = (code) => SIGN_LANGUAGES[code]?.name ?? languageName(code);

/** The sign element's default languages (when the attribute is left out). */
const SIGN_DEFAULT_LANGUAGES = ['fi-x-plain', 'sv-x-plain', 'en'];

const SIGN_CATEGORIES = { sports: 'Sports facilities', library: 'Libraries', general: 'Any building' };

const ARROWS = [
  ['none', 'No arrow'],
  ['left', 'Left'],
  ['right', 'Right'],
  ['up', 'Up (straight ahead)'],
  ['down', 'Down'],
  ['up-left', 'Up and left'],
  ['up-right', 'Up and right'],
  ['down-left', 'Down and left'],
  ['down-right', 'Down and right'],
];

const INDICATOR_GROUPS = {
  monitoring: 'Monitoring the programme',
  measure: 'Indicators of measures',
  'education-plan': "The Education Division's plan",
};

/** The viewing distance the sign understands: "5m", "300cm", "4,5 m" (as the element parses it). */
const DISTANCE = /^\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|m)?\s*$/i;

// ---------------------------------------------------------------------------------------------
// The widgets' options. The widgets themselves, their order and their names and lines for the
// chooser come from elements.js, generated from the one list of elements (elements.json at the
// root of the repository). Here each widget has the data it needs and build(), which makes its
// option controls and returns read(): the attributes for the snippet (only the non-default ones,
// in the order of the element's documentation), the attributes for the preview when they differ,
// and warnings in plain words. A widget with no entry here is offered without options.
// ---------------------------------------------------------------------------------------------

const OPTIONS = [
  {
    tag: 'hki-measure-card',
    needs: ['programme'],
    build({ programme }, id) {
      const measure = selectControl(
        id('measure'),
        programme.measures.map((m) => ({ value: m.id, label: `${m.id} — ${en(m.title)}` })),
        programme.measures[0]?.id,
      );
      const variant = choiceGroup(
        id('variant'),
        'Variant',
        [
          { value: 'full', label: 'Full: everything on the card' },
          { value: 'compact', label: 'Compact: number, title and status; the rest behind “Show details”' },
        ],
        { checked: ['full'] },
      );
      const level = headingLevelControl(id('heading-level'), 3);
      return {
        controls: [
          field('Measure', measure, 'Every measure of the programme, by its number.'),
          variant.fieldset,
          field(
            'Heading level',
            level,
            "The card's title becomes a heading of this level. Choose the one that fits your page's outline: one level below the heading above the card.",
          ),
        ],
        read: () => ({
          attrs: [
            ['measure', measure.value],
            ...unlessDefault('variant', variant.value(), 'full'),
            ...unlessDefault('heading-level', level.value, '3'),
          ],
        }),
      };
    },
  },
  {
    tag: 'hki-measure-list',
    needs: ['programme'],
    build({ programme }, id) {
      const theme = selectControl(
        id('theme'),
        [{ value: '', label: 'All themes' }, ...programme.themes.map((t) => ({ value: t.id, label: `${t.number}. ${en(t.title)}` }))],
        '',
      );
      // Only organisations that are responsible for at least one measure: any other gives no results.
      const responsibleIds = new Set(programme.measures.flatMap((m) => m.responsibleIds ?? []));
      const organisations = programme.organisations
        .filter((o) => responsibleIds.has(o.id))
        .sort((a, b) => en(a.name).localeCompare(en(b.name), 'en'));
      const responsible = selectControl(
        id('responsible'),
        [{ value: '', label: 'Anyone' }, ...organisations.map((o) => ({ value: o.id, label: en(o.name) }))],
        '',
      );
      const urlState = toggleControl(id('url-state'), 'Keep the filters in the page address', {
        checked: true,
        hint: 'A resident can then share a filtered view, and the Back button returns to the previous filters. Turn this off if the page has more than one list.',
      });
      const setTheme = new Map(programme.measureSets.map((s) => [s.id, s.themeId]));
      return {
        controls: [
          field('Start with the theme', theme, 'Residents can still change it.'),
          field(
            'Start with measures that this organisation is responsible for',
            responsible,
            'For a division’s own page. Residents can still change it.',
          ),
          urlState.wrapper,
        ],
        read() {
          const warnings = [];
          if (theme.value && responsible.value) {
            const matches = programme.measures.filter(
              (m) => setTheme.get(m.setId) === theme.value && m.responsibleIds?.includes(responsible.value),
            );
            if (matches.length === 0)
              warnings.push(
                'No measure of this theme has this organisation as responsible: the list will start empty. Choose another theme or organisation.',
              );
          }
          const attrs = [
            ...unlessDefault('theme', theme.value, ''),
            ...unlessDefault('responsible', responsible.value, ''),
            ...(urlState.input.checked ? [] : [['url-state', 'off']]),
          ];
          // The preview never writes to the configurator's own address.
          const preview = [...attrs.filter(([name]) => name !== 'url-state'), ['url-state', 'off']];
          return { attrs, preview, warnings };
        },
      };
    },
  },
  {
    tag: 'hki-programme-summary',
    needs: ['programme'],
    build(_data, id) {
      const explorer = textControl(id('explorer-url'), { placeholder: '/en/integration-programme/measures' });
      return {
        controls: [
          field(
            'Address of the page with the measure explorer',
            explorer,
            'Each theme links to that page, filtered by the theme. A full address (https://…) or a path on your site (/en/…). Leave empty to link to the same page.',
          ),
        ],
        read() {
          const value = explorer.value.trim();
          if (value && hasScheme(value) && !httpUrl(value)) {
            return {
              attrs: [],
              warnings: [
                'The explorer address must start with https:// or be a path such as /en/measures. Other kinds of address are not linked, so it is left out of the snippet.',
              ],
            };
          }
          return { attrs: unlessDefault('explorer-url', value, '') };
        },
      };
    },
  },
  {
    tag: 'hki-indicator-chart',
    needs: ['programme'],
    build({ programme, example }, id) {
      // Indicators that have values in the example package are marked; choosing one uses that package.
      const exampleValues = new Set((example?.indicators ?? []).filter((i) => i.observations?.length).map((i) => i.id));
      const source = choiceGroup(
        id('source'),
        'What to show',
        [
          { value: 'indicator', label: 'An indicator of the programme' },
          { value: 'jsonstat', label: 'A statistics table (JSON-stat, such as PxWeb)' },
        ],
        { checked: ['indicator'] },
      );
      const indicator = selectControl(
        id('indicator'),
        programme.indicators.map((i) => ({
          value: i.id,
          label: `${i.id} — ${en(i.name)}${exampleValues.has(i.id) ? ' (example values)' : ''}`,
          group: INDICATOR_GROUPS[i.group] ?? i.group,
        })),
        programme.indicators[0]?.id,
      );
      const jsonstat = textControl(id('jsonstat'), { type: 'url', placeholder: 'https://…/table.json' });
      const series = textControl(id('series'));
      const filter = textControl(id('filter'), { placeholder: 'alue=091;tiedot=share' });
      const indicatorPart = h(
        'div',
        { class: 'subgroup' },
        field('Indicator', indicator, 'The programme publishes no values yet: a chart of a real indicator says “No data published yet.”'),
        h(
          'p',
          { class: 'notice' },
          h('strong', { text: 'Example values are made up. ' }),
          'Indicators marked “(example values)” are shown with the example data package. Its figures are invented for demonstrations: never publish a snippet with example values.',
        ),
      );
      const jsonstatPart = h(
        'div',
        { class: 'subgroup' },
        field('Address of the JSON-stat dataset', jsonstat, 'A JSON-stat 2.0 address starting with https://.'),
        field('Series (optional)', series, 'The dimension whose categories become separate lines, such as kieli.'),
        field('Filter (optional)', filter, 'Fixes the other dimensions: dimension=code, separated by semicolons.'),
      );
      const showPart = () => {
        indicatorPart.hidden = source.value() !== 'indicator';
        jsonstatPart.hidden = source.value() !== 'jsonstat';
      };
      source.fieldset.addEventListener('change', showPart);
      showPart();
      return {
        controls: [source.fieldset, indicatorPart, jsonstatPart],
        read() {
          const warnings = [];
          if (source.value() === 'indicator') {
            if (!exampleValues.has(indicator.value)) return { attrs: [['indicator', indicator.value]] };
            warnings.push(
              'Example values: this indicator is shown with the example data package. Its values are made up. Do not publish this snippet.',
            );
            return {
              attrs: [
                ['indicator', indicator.value],
                ['src', EXAMPLE_SRC],
              ],
              warnings,
            };
          }
          const attrs = [];
          const address = jsonstat.value.trim();
          const url = httpUrl(address);
          if (!address) warnings.push('Enter the address of a JSON-stat dataset: without it the chart has nothing to show.');
          else if (!url) warnings.push('The dataset address must start with https://. It is left out of the snippet.');
          else {
            attrs.push(['jsonstat', address]);
            if (url.protocol === 'http:')
              warnings.push('The dataset address starts with http://: browsers block it on an https page. Use https://.');
          }
          attrs.push(...unlessDefault('series', series.value.trim(), ''));
          const filterText = filter.value.trim();
          if (filterText && !/^\s*[^=;\s]+\s*=\s*[^=;]+(\s*;\s*[^=;\s]+\s*=\s*[^=;]+)*\s*;?\s*$/.test(filterText)) {
            warnings.push('The filter should look like dimension=code;dimension=code. The chart will show an error with this filter.');
          }
          attrs.push(...unlessDefault('filter', filterText, ''));
          return { attrs, warnings };
        },
      };
    },
  },
  {
    tag: 'hki-service-finder',
    needs: ['services'],
    build({ services }, id) {
      const list = services.services;
      const topicCodes = Object.keys(TOPIC_LABELS).filter((t) => list.some((s) => s.topics.includes(t)));
      const audienceCodes = Object.keys(AUDIENCE_LABELS).filter((a) => list.some((s) => s.audiences.includes(a)));
      const languageCodes = [...new Set(list.flatMap((s) => s.languages.map((l) => l.code)))].sort((a, b) =>
        languageName(a).localeCompare(languageName(b), 'en'),
      );
      const topics = choiceGroup(
        id('topics'),
        'Only these topics',
        topicCodes.map((t) => ({ value: t, label: TOPIC_LABELS[t] })),
        { type: 'checkbox', hint: 'Choose none for all topics.' },
      );
      const audiences = choiceGroup(
        id('audiences'),
        'Only services for',
        audienceCodes.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] })),
        { type: 'checkbox', hint: 'Choose none for everyone.' },
      );
      const languages = choiceGroup(
        id('languages'),
        'Only services given in',
        languageCodes.map((code) => ({ value: code, label: `${languageName(code)} (${code})` })),
        { type: 'checkbox', hint: 'Choose none for any language.' },
      );
      const district = selectControl(
        id('district'),
        [{ value: '', label: 'None' }, ...services.districts.map((d) => ({ value: d.id, label: en(d.name) }))],
        '',
      );
      const urlState = toggleControl(id('url-state'), 'Keep the filters in the page address', {
        checked: true,
        hint: 'A resident can then share a filtered view. Turn this off if another widget on the page keeps its filters there too.',
      });
      return {
        controls: [
          topics.fieldset,
          audiences.fieldset,
          languages.fieldset,
          field('Start from the district', district, 'Results can be ordered by distance from it.'),
          urlState.wrapper,
        ],
        read() {
          const [t, a, l] = [topics.values(), audiences.values(), languages.values()];
          const warnings = [];
          // The finder's presets: any of the chosen within a group, every group at once.
          const matches = list.filter(
            (s) =>
              (!t.length || s.topics.some((x) => t.includes(x))) &&
              (!a.length || s.audiences.some((x) => a.includes(x))) &&
              (!l.length || s.languages.some((x) => l.includes(x.code))),
          );
          if (matches.length === 0)
            warnings.push('No service matches all of these choices together: the finder will start with no results. Choose fewer.');
          const attrs = [
            ...unlessDefault('topics', t.join(' '), ''),
            ...unlessDefault('audiences', a.join(' '), ''),
            ...unlessDefault('languages', l.join(' '), ''),
            ...unlessDefault('district', district.value, ''),
            ...(urlState.input.checked ? [] : [['url-state', 'off']]),
          ];
          const preview = [...attrs.filter(([name]) => name !== 'url-state'), ['url-state', 'off']];
          return { attrs, preview, warnings };
        },
      };
    },
  },
  {
    tag: 'hki-service-card',
    needs: ['services'],
    build({ services }, id) {
      const sorted = [...services.services].sort((a, b) => en(a.name).localeCompare(en(b.name), 'en'));
      const service = selectControl(
        id('service'),
        sorted.map((s) => ({ value: s.id, label: en(s.name) })),
        sorted[0]?.id,
      );
      return {
        controls: [field('Service', service)],
        read: () => ({ attrs: [['service', service.value]] }),
      };
    },
  },
  {
    tag: 'hki-sign',
    needs: ['signs'],
    build({ signs }, id) {
      const templates = new Map(signs.signs.map((s) => [s.id, s]));
      const ordered = Object.keys(SIGN_CATEGORIES).flatMap((c) => signs.signs.filter((s) => s.category === c));
      ordered.push(...signs.signs.filter((s) => !ordered.includes(s)));
      const sign = selectControl(
        id('sign'),
        ordered.map((s) => ({ value: s.id, label: `${en(s.text) || s.id} (${s.id})`, group: SIGN_CATEGORIES[s.category] ?? s.category })),
        ordered[0]?.id,
      );

      // Languages: checkboxes in the data's order; the sign shows them in the order they were chosen.
      const codes = signs.locales ?? Object.keys(SIGN_LANGUAGES);
      const chosen = codes
        .filter((c) => SIGN_DEFAULT_LANGUAGES.includes(c))
        .sort((x, y) => SIGN_DEFAULT_LANGUAGES.indexOf(x) - SIGN_DEFAULT_LANGUAGES.indexOf(y));
      const languages = choiceGroup(
        id('languages'),
        'Languages on the sign',
        codes.map((code) => {
          const info = SIGN_LANGUAGES[code] ?? { name: languageName(code) };
          const label = h('span', {}, info.name);
          if (info.own) label.append(' — ', h('span', { lang: info.lang ?? code, dir: info.dir ?? 'ltr', text: info.own }));
          return { value: code, label };
        }),
        {
          type: 'checkbox',
          checked: chosen,
          hint: 'The sign shows the languages in the order you choose them. You can change the order below.',
        },
      );
      const orderList = h('ol', { class: 'order-list', id: id('order') });
      const orderStatus = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
      const orderPart = h(
        'div',
        { class: 'order' },
        h('p', { class: 'order-title', id: id('order-title'), text: 'Order on the sign' }),
        orderList,
        orderStatus,
      );
      orderList.setAttribute('aria-labelledby', id('order-title'));

      /** Redraws the order list; focus returns to the button of the language that was moved. */
      const drawOrder = (moved, direction) => {
        orderList.replaceChildren(
          ...chosen.map((code, index) => {
            const name = signLanguageName(code);
            const move = (step) => () => {
              chosen.splice(index, 1);
              chosen.splice(index + step, 0, code);
              drawOrder(code, step < 0 ? 'up' : 'down');
              orderStatus.textContent = `${name} is now number ${chosen.indexOf(code) + 1}.`;
              orderList.dispatchEvent(new Event('change', { bubbles: true }));
            };
            return h(
              'li',
              { 'data-lang': code },
              h('span', { class: 'order-name', text: name }),
              index > 0
                ? h('button', {
                    type: 'button',
                    class: 'small',
                    'data-move': 'up',
                    'aria-label': `Move up: ${name}`,
                    text: 'Move up',
                    onclick: move(-1),
                  })
                : null,
              index < chosen.length - 1
                ? h('button', {
                    type: 'button',
                    class: 'small',
                    'data-move': 'down',
                    'aria-label': `Move down: ${name}`,
                    text: 'Move down',
                    onclick: move(1),
                  })
                : null,
            );
          }),
        );
        if (chosen.length === 0) orderList.append(h('li', { class: 'order-empty', text: 'No language chosen.' }));
        if (moved) {
          const item = orderList.querySelector(`li[data-lang="${CSS.escape(moved)}"]`);
          (item?.querySelector(`[data-move="${direction}"]`) ?? item?.querySelector('button'))?.focus();
        }
      };
      // 'input' comes before 'change' (which re-reads the options), so the order is current by then.
      languages.fieldset.addEventListener('input', (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement)) return;
        const at = chosen.indexOf(input.value);
        if (input.checked && at < 0) chosen.push(input.value);
        if (!input.checked && at >= 0) chosen.splice(at, 1);
        drawOrder();
      });
      drawOrder();

      const arrow = selectControl(id('arrow'), [{ value: '', label: '' }, ...ARROWS.map(([value, label]) => ({ value, label }))], '');
      /** The first arrow option is the template's own arrow, which depends on the template. */
      const nameDefaultArrow = () => {
        const own = templates.get(sign.value)?.arrow;
        arrow.options[0].textContent = `The template's own (${own ? (ARROWS.find(([v]) => v === own)?.[1].toLowerCase() ?? own) : 'no arrow'})`;
      };
      sign.addEventListener('change', nameDefaultArrow);
      nameDefaultArrow();

      const size = selectControl(
        id('size'),
        [
          { value: 'screen', label: 'On screen (fits the page)' },
          { value: 'a4', label: 'A4 sheet, for printing' },
          { value: 'a3', label: 'A3 sheet, for printing' },
        ],
        'screen',
      );
      const orientation = choiceGroup(
        id('orientation'),
        'Orientation of the sheet',
        [
          { value: 'portrait', label: 'Portrait (upright)' },
          { value: 'landscape', label: 'Landscape (sideways)' },
        ],
        { checked: ['portrait'], hint: 'For A4 and A3 only.', inline: true },
      );
      const scheme = choiceGroup(
        id('scheme'),
        'Colours',
        [
          { value: 'default', label: 'Black on white' },
          { value: 'inverse', label: 'White on black' },
        ],
        { checked: ['default'], inline: true },
      );
      const distance = textControl(id('viewing-distance'), { placeholder: '5m' });
      const moreInfo = textControl(id('more-info'), { type: 'url', placeholder: 'https://www.hel.fi/…' });
      const editor = toggleControl(id('editor'), "Show the editor's check under the sign", {
        hint: 'Lists what to fix before printing: long lines, capitals, missing or unreviewed translations, text that does not fit.',
      });

      return {
        controls: [
          field('Sign', sign),
          languages.fieldset,
          orderPart,
          field('Arrow', arrow, 'The arrow points the same way on every page, whatever the language.'),
          field('Size', size),
          orientation.fieldset,
          scheme.fieldset,
          field(
            'Viewing distance (optional)',
            distance,
            'How far away the sign is read from, such as 5m or 300cm: sets the printed letter size. Leave empty for the largest letters that fit the sheet.',
          ),
          field(
            'More information (optional)',
            moreInfo,
            'An https:// address of a page with the same information in more languages. It is printed as a QR code.',
          ),
          editor.wrapper,
        ],
        read() {
          const warnings = [];
          const template = templates.get(sign.value);
          const langs = chosen.length ? chosen : SIGN_DEFAULT_LANGUAGES;
          if (!chosen.length)
            warnings.push(
              `No language chosen: the sign will show its default languages, ${listInWords(SIGN_DEFAULT_LANGUAGES.map(signLanguageName))}.`,
            );
          const missing = langs.filter((code) => !template?.text?.[code]);
          if (missing.length)
            warnings.push(
              `The sign “${en(template?.text) || sign.value}” has no text in ${listInWords(missing.map(signLanguageName))}: the sign will show an error for ${missing.length === 1 ? 'that language' : 'those languages'}.`,
            );
          const unreviewed = langs.filter((code) => template?.text?.[code] && template.reviewed?.[code] === false);
          if (unreviewed.length) {
            warnings.push(
              `Not yet reviewed by a qualified translator: ${listInWords(unreviewed.map(signLanguageName))}. ${unreviewed.length === langs.length ? 'All the texts on this sign are drafts.' : 'These texts are drafts.'} Have them checked before the sign goes on a wall.`,
            );
          }

          const sameAsDefault =
            langs.length === SIGN_DEFAULT_LANGUAGES.length && langs.every((code, i) => code === SIGN_DEFAULT_LANGUAGES[i]);
          const attrs = [
            ['sign', sign.value],
            ...(sameAsDefault ? [] : [['languages', langs.join(' ')]]),
            ...unlessDefault('arrow', arrow.value, ''),
            ...unlessDefault('size', size.value, 'screen'),
          ];

          const printed = size.value !== 'screen';
          if (orientation.value() === 'landscape') {
            if (printed) attrs.push(['orientation', 'landscape']);
            else warnings.push('Landscape applies only to A4 and A3 sheets: it is left out of the snippet.');
          }
          const dist = distance.value.trim();
          if (dist) {
            if (!DISTANCE.test(dist) || Number(dist.match(DISTANCE)[1].replace(',', '.')) <= 0)
              warnings.push('The viewing distance should be a number with a unit, such as 5m or 300cm. It is left out of the snippet.');
            else if (!printed) warnings.push('The viewing distance applies only to A4 and A3 sheets: it is left out of the snippet.');
            else attrs.push(['viewing-distance', dist]);
          }
          attrs.push(...unlessDefault('scheme', scheme.value(), 'default'));
          const info = moreInfo.value.trim();
          if (info) {
            const url = httpUrl(info);
            if (!url) warnings.push('The “More information” address must start with https://. It is left out of the snippet.');
            else {
              attrs.push(['more-info', info]);
              if (url.protocol === 'http:')
                warnings.push('The “More information” address starts with http://: use https:// if the page has it.');
            }
          }
          if (editor.input.checked) attrs.push(['editor', true]);
          return { attrs, warnings };
        },
      };
    },
  },
  {
    tag: 'hki-term',
    needs: ['programme'],
    build({ programme }, id) {
      const concept = selectControl(
        id('concept'),
        programme.concepts.map((c) => ({ value: c.id, label: en(c.term) })),
        programme.concepts[0]?.id,
      );
      return {
        controls: [field('Concept', concept, 'The term shows the concept’s name in the page’s language.')],
        read: () => ({ attrs: [['concept', concept.value]] }),
      };
    },
  },
];

/** A widget without options of its own: the snippet is its bare tag. */
const NO_OPTIONS = {
  needs: [],
  build: () => ({
    controls: [h('p', { class: 'hint', text: 'This widget has no options: the snippet is its tag.' })],
    read: () => ({ attrs: [] }),
  }),
};

/** The widgets the configurator offers, in the chooser's order, each with its options. */
const WIDGETS = ELEMENTS.map((element) => ({ ...element, ...(OPTIONS.find((o) => o.tag === element.tag) ?? NO_OPTIONS) }));

/** A heading level select, 1–6. */
function headingLevelControl(id, fallback) {
  return selectControl(
    id,
    [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: n === fallback ? `${n} (the usual)` : String(n) })),
    String(fallback),
  );
}

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

const $ = (selector) => document.querySelector(selector);
const ui = {
  status: $('#load-status'),
  chooser: $('#widget-chooser'),
  options: $('#options'),
  warningList: $('#warning-list'),
  noWarnings: $('#no-warnings'),
  scriptUrl: $('#script-url'),
  snippet: $('#snippet'),
  copy: $('#copy'),
  copyStatus: $('#copy-status'),
  preview: $('#preview'),
};

/** Built widgets: tag → { widget, fieldset, read }. */
const built = new Map();
let current;
let optionWarnings = [];
let previewAlerts = [];
let previewKey = '';
let previewTimer;

/** Fetches one JSON file of the data package. */
async function fetchJson(name) {
  const url = new URL(name, DATA_URL).href;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The script address for the snippet, and a warning when it is not usable. */
function scriptAddress() {
  const value = ui.scriptUrl.value.trim();
  if (!value) return { src: PLACEHOLDER_SCRIPT, warnings: ['The address of the widget script is empty: the placeholder is used.'] };
  const url = httpUrl(value);
  if (!url)
    return {
      src: PLACEHOLDER_SCRIPT,
      warnings: ['The address of the widget script must start with https://. The placeholder is used instead.'],
    };
  if (value === PLACEHOLDER_SCRIPT)
    return {
      src: value,
      warnings: [
        'The address of the widget script is still the placeholder (cdn.example.org). Put in your site’s real address before publishing.',
      ],
    };
  if (url.protocol === 'http:')
    return { src: value, warnings: ['The widget script address starts with http://: browsers block it on an https page. Use https://.'] };
  return { src: value, warnings: [] };
}

/** The two lines: the script, and the element with only its non-default attributes. */
function snippetFor(src, tag, attrs) {
  const attributes = attrs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  return `<script type="module" src="${escapeAttr(src)}"></script>\n<${tag}${attributes}></${tag}>`;
}

/** Reads the chosen widget's options: the snippet now, the preview and warnings soon after. */
function update({ now = false } = {}) {
  if (!current) return;
  const result = built.get(current).read();
  const script = scriptAddress();
  ui.snippet.value = snippetFor(script.src, current, result.attrs);
  optionWarnings = [...(result.warnings ?? []), ...script.warnings];
  clearTimeout(previewTimer);
  const apply = () => {
    renderPreview(current, result.preview ?? result.attrs);
    renderWarnings();
  };
  if (now) apply();
  else previewTimer = setTimeout(apply, PREVIEW_DELAY);
}

/** Re-creates the preview element when its attributes changed (createElement + setAttribute only). */
function renderPreview(tag, attrs) {
  const key = JSON.stringify([tag, attrs]);
  if (key === previewKey) return;
  previewKey = key;
  const element = document.createElement(tag);
  for (const [name, value] of attrs) element.setAttribute(name, value === true ? '' : value);
  ui.preview.replaceChildren(element);
  previewAlerts = [];
}

/** The warnings list: changed only when its words change, so the live region speaks only then. */
let warningsKey;
function renderWarnings() {
  const all = [...optionWarnings, ...previewAlerts.map((text) => `The preview shows an error: “${text}”`)];
  const key = all.join('\n');
  if (key === warningsKey) return;
  warningsKey = key;
  ui.warningList.replaceChildren(...all.map((text) => h('li', {}, h('strong', { class: 'warning-label', text: 'Warning: ' }), text)));
  ui.noWarnings.hidden = all.length > 0;
}

/** Texts of role="alert" elements in the preview, looking inside shadow roots (nested widgets too). */
function alertsIn(node, found = []) {
  for (const el of node.querySelectorAll('*')) {
    if (el.getAttribute('role') === 'alert') {
      const text = el.textContent.replace(/\s+/g, ' ').trim();
      if (text && !found.includes(text)) found.push(text);
    }
    if (el.shadowRoot) alertsIn(el.shadowRoot, found);
  }
  return found;
}

/** Watches the preview for errors the widget itself shows (a bad address, an unknown id…). */
function watchPreviewAlerts() {
  setInterval(() => {
    const found = alertsIn(ui.preview);
    if (found.join('\n') !== previewAlerts.join('\n')) {
      previewAlerts = found;
      renderWarnings();
    }
  }, 700);
}

/** Says something in the copy button's polite live region (cleared first, so a repeat is spoken). */
function announce(message) {
  ui.copyStatus.textContent = '';
  setTimeout(() => {
    ui.copyStatus.textContent = message;
  }, 50);
}

/** Copies the snippet: the Clipboard API, or else selecting the text and the old copy command. */
async function copySnippet() {
  const text = ui.snippet.value;
  let copied = false;
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      copied = true;
    }
  } catch {
    copied = false;
  }
  if (!copied) {
    ui.snippet.focus();
    ui.snippet.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  announce(
    copied ? 'Snippet copied.' : 'Could not copy automatically. The snippet is selected: press Ctrl+C (on a Mac, Command+C) to copy it.',
  );
}

/** Shows the chosen widget's options and previews it. */
function choose(tag) {
  current = tag;
  for (const [key, entry] of built) entry.fieldset.hidden = key !== tag;
  update({ now: true });
}

/** Sets the preview's language: <html lang>, which the widgets follow. The page's own words stay English. */
function setPreviewLanguage(lang) {
  root.lang = lang;
  ui.preview.lang = lang;
}

/** Builds the chooser and every widget's options from the data, then shows the first widget. */
function buildWidgets(data, failed) {
  const requested = new URLSearchParams(location.search).get('widget');
  const available = WIDGETS.filter((w) => w.needs.every((n) => data[n]));
  const first = available.find((w) => w.tag === requested) ?? available[0];

  for (const widget of WIDGETS) {
    const ok = available.includes(widget);
    const inputId = `widget-${widget.tag}`;
    const descriptionId = `${inputId}-summary`;
    ui.chooser.append(
      h(
        'div',
        { class: 'widget-choice' },
        h('input', {
          type: 'radio',
          name: 'widget',
          id: inputId,
          value: widget.tag,
          checked: widget === first,
          disabled: !ok,
          'aria-describedby': descriptionId,
        }),
        h(
          'label',
          { for: inputId },
          h('span', { class: 'widget-name', text: widget.name }),
          ' ',
          h('code', { class: 'widget-tag', text: `<${widget.tag}>` }),
        ),
        h('p', {
          class: 'widget-summary',
          id: descriptionId,
          text: ok ? widget.summary : `Not available: its data (${widget.needs.join(', ')}) could not be loaded.`,
        }),
      ),
    );
    if (!ok) continue;
    const id = (name) => `opt-${widget.tag}-${name}`;
    const { controls, read } = widget.build(data, id);
    const fieldset = h(
      'fieldset',
      { class: 'options', id: `options-${widget.tag}`, hidden: true },
      h('legend', { text: `Options for the ${widget.name.toLowerCase()}` }),
      ...controls,
    );
    ui.options.append(fieldset);
    built.set(widget.tag, { widget, fieldset, read });
  }

  ui.chooser.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'widget') choose(event.target.value);
  });
  // Selects, boxes and the sign's order list update at once; typing waits for a pause.
  ui.options.addEventListener('change', () => update({ now: true }));
  ui.options.addEventListener('input', (event) =>
    update({ now: !(event.target instanceof HTMLInputElement && /^(text|url)$/.test(event.target.type)) }),
  );
  ui.scriptUrl.addEventListener('input', () => update());

  if (failed.length) {
    ui.status.replaceChildren(
      h(
        'p',
        { class: 'error' },
        h('strong', { text: 'Some data could not be loaded. ' }),
        `Widgets that need it are not available. ${failed.join('; ')}`,
      ),
    );
  } else {
    ui.status.replaceChildren();
  }
  if (first) choose(first.tag);
}

async function main() {
  ui.copy.addEventListener('click', copySnippet);
  for (const radio of document.querySelectorAll('input[name="preview-lang"]')) {
    radio.addEventListener('change', () => radio.checked && setPreviewLanguage(radio.value));
  }
  setPreviewLanguage(document.querySelector('input[name="preview-lang"]:checked')?.value ?? 'en');

  // The bundle: index.html loads it with a <script>; importing the same URL again is free (a module
  // runs once per URL) and tells us when it failed, so the editor is not left with a blank preview.
  import(EMBED_URL).catch((error) => {
    ui.status.append(
      h(
        'p',
        { class: 'error' },
        h('strong', { text: 'The widgets could not be loaded, so the preview stays empty. ' }),
        `${EMBED_URL}: ${error.message}`,
      ),
    );
  });

  const files = { programme: 'programme.json', services: 'services.json', signs: 'signs.json', example: 'examples/programme.example.json' };
  const results = await Promise.allSettled(Object.values(files).map(fetchJson));
  const data = {};
  const failed = [];
  Object.keys(files).forEach((key, index) => {
    const result = results[index];
    if (result.status === 'fulfilled') data[key] = result.value;
    // Without the example package, indicators are simply not marked "(example values)".
    else if (key !== 'example') failed.push(String(result.reason?.message ?? result.reason));
  });
  buildWidgets(data, failed);
  watchPreviewAlerts();
}

main();
