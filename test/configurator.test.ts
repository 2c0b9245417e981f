// The embed configurator (docs/configurator/), as a web editor uses it: the real page with the built
// CDN bundle and data package, in an iframe. Needs the bundle built (`npx vite build`).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/**
 * On the site the page finds the bundle and the data at ../embed/ and ../data/; the test server
 * serves the repository, where they are the packages' dist folders. The page's own files resolve
 * through a <base> (srcdoc pages have no address of their own).
 */
const EMBED = '/packages/embed/dist/hki-widgets.js';
const DATA = '/packages/data/dist/';
const EXAMPLE = new URL(`${DATA}examples/programme.example.json`, location.href).href;
/** The custom-elements manifest, generated at the root (the site build copies it beside the page). */
const MANIFEST = '/custom-elements.json';
const PLACEHOLDER = '<script type="module" src="https://cdn.example.org/hki-widgets/hki-widgets.js"></script>';

interface Frame {
  iframe: HTMLIFrameElement;
  window: Window & {
    __errors: string[];
    axe?: {
      run: (context: Document, options?: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
    };
  };
  document: Document;
  cleanup: () => void;
}

/**
 * Opens the configurator in an iframe of the given width, collecting uncaught errors, and waits until
 * it is ready. languages: what the browser says its user prefers (navigator.languages).
 */
async function configurator(width = 1200, { languages }: { languages?: string[] } = {}): Promise<Frame> {
  const source = await (await fetch('/docs/configurator/index.html')).text();
  const html = source
    .replaceAll('../embed/hki-widgets.js', EMBED)
    .replace('data-data="../data/"', `data-data="${DATA}"`)
    .replace('data-manifest="custom-elements.json"', `data-manifest="${MANIFEST}"`)
    .replace(
      '<head>',
      `<head><base href="${location.origin}/docs/configurator/"><script>
        window.__errors = [];
        window.addEventListener('error', (e) => window.__errors.push('uncaught: ' + e.message));
        window.addEventListener('unhandledrejection', (e) => window.__errors.push('unhandled: ' + e.reason));
        ${languages ? `Object.defineProperty(navigator, 'languages', { get: () => ${JSON.stringify(languages)} });` : ''}
      </script>`,
    );
  expect(html, 'the page names its bundle and data in data attributes')
    .to.contain(`data-embed="${EMBED}"`)
    .and.contain(`data-data="${DATA}"`)
    .and.contain(`data-manifest="${MANIFEST}"`);
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = '700px';
  iframe.style.border = '0';
  iframe.srcdoc = html;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  await waitUntil(
    () =>
      doc.querySelector('#options-hki-measure-card') &&
      doc.querySelector('#snippet') &&
      (doc.querySelector('#snippet') as HTMLTextAreaElement).value,
    'the configurator did not start',
    { timeout: 8000 },
  );
  return { iframe, window: iframe.contentWindow as Frame['window'], document: doc, cleanup: () => iframe.remove() };
}

const $ = <T extends Element = HTMLElement>(doc: Document, selector: string) => {
  const el = doc.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
const snippet = (doc: Document) => $<HTMLTextAreaElement>(doc, '#snippet').value;
const warnings = (doc: Document) => [...doc.querySelectorAll('#warning-list li')].map((li) => li.textContent ?? '');

/** Chooses a widget as a click on its radio button does. */
const chooseWidget = (doc: Document, tag: string) => $<HTMLInputElement>(doc, `#widget-${tag}`).click();

/** Sets a select as a person does: the value, then a change event. */
function choose(doc: Document, id: string, value: string) {
  const select = $<HTMLSelectElement>(doc, `#${id}`);
  expect(
    [...select.options].map((o) => o.value),
    `${id} offers ${value}`,
  ).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types into a text field (one input event with the whole value). */
function type(doc: Document, id: string, value: string) {
  const input = $<HTMLInputElement>(doc, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The preview's widget element. */
const preview = (doc: Document, tag: string) => doc.querySelector(`#preview > ${tag}`);

/**
 * Resolves once the preview shows what the snippet says (typing re-creates it after a short delay)
 * and the widget has rendered its data (its ready signal, dataComplete()).
 */
async function previewReady(doc: Document, tag: string): Promise<void> {
  const wanted = new DOMParser().parseFromString(snippet(doc), 'text/html').querySelector(tag);
  if (!wanted) throw new Error(`the snippet has no <${tag}>: ${snippet(doc)}`);
  // The preview sets url-state="off" whatever the snippet says.
  const follows = () => [...wanted.attributes].every((a) => a.name === 'url-state' || preview(doc, tag)?.getAttribute(a.name) === a.value);
  await waitUntil(follows, `the ${tag} preview does not show the snippet's attributes`, { timeout: 8000 });
  const el = preview(doc, tag) as Element & { dataComplete(): Promise<string> };
  await el.dataComplete();
}

describe('the embed configurator (docs/configurator/)', () => {
  let programme: { measures: { id: string; title: Record<string, string> }[] };
  before(async () => {
    programme = await (await fetch(`${DATA}programme.json`)).json();
  });

  it('offers every widget, and the real choices from the data package', async () => {
    const { window, document: doc, cleanup } = await configurator();
    try {
      const tags = [...doc.querySelectorAll<HTMLInputElement>('#widget-chooser input[name="widget"]')].map((i) => i.value);
      expect(tags).to.deep.equal([
        'hki-measure-card',
        'hki-measure-list',
        'hki-programme-summary',
        'hki-indicator-chart',
        'hki-service-finder',
        'hki-service-card',
        'hki-sign',
        'hki-term',
      ]);
      const measures = [...$<HTMLSelectElement>(doc, '#opt-hki-measure-card-measure').options];
      expect(measures).to.have.length(64);
      expect(measures.find((o) => o.value === '4.12')!.textContent).to.equal(
        `4.12 — ${programme.measures.find((m) => m.id === '4.12')!.title.en}`,
      );
      expect([...$<HTMLSelectElement>(doc, '#opt-hki-measure-list-theme').options].map((o) => o.value)).to.deep.equal([
        '',
        'skilled-workforce',
        'learning',
        'open-city',
        'counteracting-differentiation',
      ]);
      expect([...$<HTMLSelectElement>(doc, '#opt-hki-term-concept').options].map((o) => o.value)).to.have.members([
        'foreign-background',
        'immigrant',
        'second-generation',
        'foreign-language-speaker',
      ]);
      expect(doc.querySelectorAll('#opt-hki-sign-languages input[type="checkbox"]')).to.have.length(13);
      expect($(doc, '#opt-hki-sign-languages').textContent)
        .to.contain('Arabic')
        .and.contain('Kurdish (Sorani)')
        .and.contain('Plain Finnish');
      expect($<HTMLSelectElement>(doc, '#opt-hki-service-card-service').options.length).to.be.greaterThan(20);
      // Only organisations responsible for some measure.
      const responsible = [...$<HTMLSelectElement>(doc, '#opt-hki-measure-list-responsible').options].map((o) => o.value);
      expect(responsible).to.include('education-division');
      expect(responsible).not.to.include('city-of-helsinki');
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });

  it('puts the chosen options in the snippet and the preview', async () => {
    const { window, document: doc, cleanup } = await configurator();
    try {
      chooseWidget(doc, 'hki-measure-card');
      choose(doc, 'opt-hki-measure-card-measure', '8.3');
      expect(snippet(doc)).to.equal(`${PLACEHOLDER}\n<hki-measure-card measure="8.3"></hki-measure-card>`);
      expect(snippet(doc).split('\n')).to.have.length(2);
      await waitUntil(() => preview(doc, 'hki-measure-card')?.getAttribute('measure') === '8.3', 'the preview did not follow', {
        timeout: 3000,
      });
      await waitUntil(
        () => preview(doc, 'hki-measure-card')!.shadowRoot?.textContent?.includes('8.3'),
        'the previewed card did not show 8.3',
        { timeout: 8000 },
      );

      // Only non-default attributes: compact and level 4 appear, level 3 does not.
      $<HTMLInputElement>(doc, '#opt-hki-measure-card-variant-compact').click();
      choose(doc, 'opt-hki-measure-card-heading-level', '4');
      expect(snippet(doc)).to.contain('<hki-measure-card measure="8.3" variant="compact" heading-level="4"></hki-measure-card>');
      choose(doc, 'opt-hki-measure-card-heading-level', '3');
      expect(snippet(doc)).to.contain('<hki-measure-card measure="8.3" variant="compact"></hki-measure-card>');
      await waitUntil(() => preview(doc, 'hki-measure-card')?.getAttribute('variant') === 'compact', 'the preview was not re-created', {
        timeout: 3000,
      });

      // The editor's script address, escaped like every attribute value.
      type(doc, 'script-url', 'https://cdn.example.fi/w.js?a="1"&b=<2>');
      expect(snippet(doc).split('\n')[0]).to.equal(
        '<script type="module" src="https://cdn.example.fi/w.js?a=&quot;1&quot;&amp;b=&lt;2>"></script>',
      );
      chooseWidget(doc, 'hki-programme-summary');
      type(doc, 'opt-hki-programme-summary-explorer-url', '/fi/ohjelma?a=1&b="x"<');
      expect(snippet(doc).split('\n')[1]).to.equal(
        '<hki-programme-summary explorer-url="/fi/ohjelma?a=1&amp;b=&quot;x&quot;&lt;"></hki-programme-summary>',
      );
      // The preview element carries the raw value as an attribute, never as markup.
      await waitUntil(
        () => preview(doc, 'hki-programme-summary')?.getAttribute('explorer-url') === '/fi/ohjelma?a=1&b="x"<',
        'summary preview',
        { timeout: 3000 },
      );

      // Presets of the explorer; the preview never writes to the configurator's address.
      chooseWidget(doc, 'hki-measure-list');
      choose(doc, 'opt-hki-measure-list-theme', 'learning');
      $<HTMLInputElement>(doc, '#opt-hki-measure-list-url-state').click();
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-measure-list theme="learning" url-state="off"></hki-measure-list>');
      await waitUntil(() => preview(doc, 'hki-measure-list')?.getAttribute('theme') === 'learning', 'list preview', { timeout: 3000 });
      expect(preview(doc, 'hki-measure-list')!.getAttribute('url-state')).to.equal('off');

      chooseWidget(doc, 'hki-service-finder');
      $<HTMLInputElement>(doc, '#opt-hki-service-finder-topics-culture').click();
      $<HTMLInputElement>(doc, '#opt-hki-service-finder-languages-ar').click();
      $<HTMLInputElement>(doc, '#opt-hki-service-finder-languages-so').click();
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-service-finder topics="culture" languages="ar so"></hki-service-finder>');

      chooseWidget(doc, 'hki-term');
      choose(doc, 'opt-hki-term-concept', 'immigrant');
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-term concept="immigrant"></hki-term>');
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });

  it('includes the widget’s content when asked, which a page then shows before any script has run', async () => {
    const { document: doc, cleanup } = await configurator();
    try {
      chooseWidget(doc, 'hki-measure-card');
      choose(doc, 'opt-hki-measure-card-measure', '8.3');
      $<HTMLInputElement>(doc, '#include-content').click();
      expect(warnings(doc).join(' ')).to.contain('when the preview has loaded');
      await waitUntil(() => snippet(doc).includes('shadowrootmode'), 'the content was not added', { timeout: 8000 });
      const [script, ...element] = snippet(doc).split('\n');
      expect(script).to.equal(PLACEHOLDER);
      const title = programme.measures.find((m) => m.id === '8.3')!.title.en;
      expect(element.join('\n')).to.match(/^<hki-measure-card measure="8\.3"><template shadowrootmode="open"><style>/);
      expect(element.join('\n'))
        .to.contain(title)
        .and.to.match(/<\/template><\/hki-measure-card>$/);
      expect(warnings(doc).join(' ')).not.to.contain('when the preview has loaded');

      // Pasted into a page without the script: the browser alone shows the card's title, styled.
      const page = document.createElement('div');
      page.setHTMLUnsafe(element.join('\n'));
      document.body.append(page);
      try {
        const card = page.querySelector('hki-measure-card')!;
        expect(customElements.get('hki-measure-card'), 'no script on this page').to.equal(undefined);
        const shown = card.shadowRoot!.querySelector('[part="title"]') as HTMLElement;
        expect(shown.textContent).to.contain(title);
        expect(shown.getClientRects().length).to.be.above(0);
        expect(getComputedStyle(card.shadowRoot!.querySelector('[part="base"]')!).borderInlineStartWidth).to.equal('6px');
      } finally {
        page.remove();
      }

      // Unticked: the two lines again.
      $<HTMLInputElement>(doc, '#include-content').click();
      expect(snippet(doc)).to.equal(`${PLACEHOLDER}\n<hki-measure-card measure="8.3"></hki-measure-card>`);
    } finally {
      cleanup();
    }
  });

  it('speaks the browser’s language, and the switch changes every label, <html lang> and the preview', async () => {
    const { window, document: doc, cleanup } = await configurator(1200, { languages: ['fi-FI', 'en'] });
    try {
      expect(doc.documentElement.lang).to.equal('fi');
      expect($(doc, 'h1').textContent).to.equal('Lisää widget sivullesi');
      expect($(doc, '[data-ui-lang="fi"]').getAttribute('aria-pressed')).to.equal('true');
      expect([...doc.querySelectorAll('[data-ui-lang]')].map((b) => `${b.getAttribute('lang')} ${b.textContent}`)).to.deep.equal([
        'fi Suomi',
        'sv Svenska',
        'en English',
      ]);
      chooseWidget(doc, 'hki-measure-card');
      choose(doc, 'opt-hki-measure-card-measure', '8.3');
      const title = programme.measures.find((m) => m.id === '8.3')!.title;
      const card = () => preview(doc, 'hki-measure-card')?.shadowRoot?.textContent ?? '';
      await waitUntil(() => card().includes(title.fi), 'the preview is not in Finnish', { timeout: 8000 });
      expect($<HTMLSelectElement>(doc, '#opt-hki-measure-card-measure').selectedOptions[0].textContent).to.equal(`8.3 — ${title.fi}`);

      /** Every word of the interface, every widget's options too: headings, labels, legends, hints, buttons, options. */
      const words = () =>
        [...doc.querySelectorAll('h1, h2, label, legend, p, button, option, .widget-name, title')]
          .filter((el) => !el.closest('#load-status, #no-warnings') && !el.closest('#preview') && !el.closest('body [lang]'))
          // An attribute's name, values and description from the manifest are shown as they are (English).
          .filter((el) => !(el.closest('.more-options') && (el.matches('label, option') || el.id.startsWith('opt-'))))
          .map((el) => `${el.localName}: ${el.textContent!.replace(/\s+/g, ' ').trim()}`)
          .filter((text) => /[a-zäöå]{3}/i.test(text.replace(/^\w+: /, '')) && !/: (<hki-|https?:)/.test(text));
      const inFinnish = words();
      $<HTMLButtonElement>(doc, '[data-ui-lang="en"]').click();
      expect(doc.documentElement.lang).to.equal('en');
      expect($(doc, '[data-ui-lang="en"]').getAttribute('aria-pressed')).to.equal('true');
      const inEnglish = words();
      expect(inEnglish).to.have.length(inFinnish.length);
      // What stays the same: the site's name, and names from the data that are the same in both
      // languages (Annantalo, International House Helsinki…), which only options show.
      const same = inFinnish.filter((text, i) => text === inEnglish[i]);
      expect(same.filter((text) => !text.startsWith('option: '))).to.deep.equal(['p: Helsinki · hki-widgets']);
      expect(same.length, same.join(' | ')).to.be.below(15);
      expect(inFinnish.length).to.be.above(300);
      expect(inEnglish).to.include('h1: Put a widget on your page').and.to.include('label: Measure');
      await waitUntil(() => card().includes(title.en), 'the preview did not switch to English', { timeout: 8000 });

      $<HTMLButtonElement>(doc, '[data-ui-lang="sv"]').click();
      expect(doc.documentElement.lang).to.equal('sv');
      expect($(doc, 'h1').textContent).to.equal('Lägg till en widget på din sida');
      expect($(doc, '#options-hki-measure-card legend').textContent).to.equal('Inställningar: Åtgärdskort');
      await waitUntil(() => card().includes(title.sv), 'the preview did not switch to Swedish', { timeout: 8000 });
      // Warnings, too, in the chosen language.
      await waitUntil(() => warnings(doc).some((w) => w.startsWith('Obs: ') && w.includes('exempeladressen')), 'no Swedish warning', {
        timeout: 3000,
      });
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });

  it('falls back to English for a browser in another language', async () => {
    const { document: doc, cleanup } = await configurator(1200, { languages: ['de-DE', 'ar'] });
    try {
      expect(doc.documentElement.lang).to.equal('en');
      expect($(doc, 'h1').textContent).to.equal('Put a widget on your page');
    } finally {
      cleanup();
    }
  });

  it('offers every attribute the manifest documents, as a control its type calls for', async () => {
    const manifest = await (await fetch(MANIFEST)).json();
    const attributes = (tag: string): { name: string; type?: { text: string }; description?: string }[] =>
      manifest.modules.flatMap((m: { declarations?: { tagName?: string; attributes?: [] }[] }) =>
        (m.declarations ?? []).filter((d) => d.tagName === tag).flatMap((d) => d.attributes ?? []),
      );
    const { document: doc, cleanup } = await configurator(1200, { languages: ['fi'] });
    try {
      const finder = attributes('hki-service-finder').map((a) => a.name);
      expect(finder).to.include.members(['max-services', 'search', 'hours', 'page-size', 'format']);
      for (const name of finder) expect(doc.getElementById(`opt-hki-service-finder-${name}`), `a control for ${name}`).to.exist;
      for (const name of attributes('hki-measure-card').map((a) => a.name))
        expect(doc.getElementById(`opt-hki-measure-card-${name}`), `a control for ${name}`).to.exist;

      // The type says the control: an enum union → its values, a boolean → a box, a number → a number field.
      expect([...$<HTMLSelectElement>(doc, '#opt-hki-service-finder-search').options].map((o) => o.value)).to.deep.equal([
        'local',
        'server',
      ]);
      expect($<HTMLInputElement>(doc, '#opt-hki-measure-card-plain').type).to.equal('checkbox');
      expect($<HTMLInputElement>(doc, '#opt-hki-service-finder-page-size').type).to.equal('number');
      // The description (English, from the JSDoc) is the help text, marked as English on a Finnish page.
      const hint = $(doc, '#opt-hki-service-finder-search-hint');
      const description = attributes('hki-service-finder').find((a) => a.name === 'search')!.description!;
      expect(hint.querySelector('[lang="en"]')!.textContent).to.equal(description.replace(/`/g, '').replace(/\s+/g, ' '));
      expect($(doc, '#more-hki-service-finder > legend').textContent).to.equal('Lisää asetuksia');

      // And they reach the snippet only when not the default.
      chooseWidget(doc, 'hki-service-finder');
      choose(doc, 'opt-hki-service-finder-search', 'server');
      type(doc, 'opt-hki-service-finder-page-size', '20');
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-service-finder search="server"></hki-service-finder>');
      type(doc, 'opt-hki-service-finder-page-size', '10');
      type(doc, 'opt-hki-service-finder-src', 'javascript:alert(1)');
      // In the order of the element's documentation.
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-service-finder page-size="10" search="server"></hki-service-finder>');
      await waitUntil(() => warnings(doc).some((w) => w.includes('src') && w.includes('https://')), 'no warning for src', {
        timeout: 3000,
      });
      chooseWidget(doc, 'hki-measure-card');
      $<HTMLInputElement>(doc, '#opt-hki-measure-card-plain').click();
      expect(snippet(doc).split('\n')[1]).to.match(/^<hki-measure-card measure="[^"]+" plain><\/hki-measure-card>$/);
    } finally {
      cleanup();
    }
  });

  it('warns about sign translations not reviewed, keeps the order of choice, and lets it change', async () => {
    const { document: doc, cleanup } = await configurator();
    try {
      chooseWidget(doc, 'hki-sign');
      choose(doc, 'opt-hki-sign-sign', 'showers');
      await waitUntil(
        () => warnings(doc).some((w) => w.includes('Not yet reviewed by a qualified translator')),
        'no review warning for the default languages',
        { timeout: 3000 },
      );
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-sign sign="showers"></hki-sign>');

      $<HTMLInputElement>(doc, '#opt-hki-sign-languages-ar').click();
      $<HTMLInputElement>(doc, '#opt-hki-sign-languages-fi-x-plain').click(); // off
      $<HTMLInputElement>(doc, '#opt-hki-sign-languages-so').click();
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-sign sign="showers" languages="sv-x-plain en ar so"></hki-sign>');
      const order = () => [...doc.querySelectorAll('#opt-hki-sign-order li .order-name')].map((n) => n.textContent);
      expect(order()).to.deep.equal(['Plain Swedish', 'English', 'Arabic', 'Somali']);
      await waitUntil(
        () => warnings(doc).some((w) => w.includes('Not yet reviewed') && w.includes('Arabic') && w.includes('Somali')),
        'the warning does not name the chosen languages',
        { timeout: 3000 },
      );
      const warning = warnings(doc).find((w) => w.includes('Not yet reviewed'))!;
      expect(warning).to.match(/^Warning: /);
      expect(warning).to.contain('drafts');
      expect($(doc, '#warnings').getAttribute('role')).to.equal('status');

      // Move Arabic up: the order and the snippet follow, and focus stays on the moved language.
      $<HTMLButtonElement>(doc, '#opt-hki-sign-order li[data-lang="ar"] [data-move="up"]').click();
      expect(order()).to.deep.equal(['Plain Swedish', 'Arabic', 'English', 'Somali']);
      expect(snippet(doc)).to.contain('languages="sv-x-plain ar en so"');
      expect(doc.activeElement?.getAttribute('aria-label')).to.equal('Move up: Arabic');
      await waitUntil(
        () => preview(doc, 'hki-sign')?.getAttribute('languages') === 'sv-x-plain ar en so',
        'the sign preview did not follow',
        { timeout: 3000 },
      );
      await waitUntil(() => preview(doc, 'hki-sign')!.shadowRoot?.querySelector('[lang="ar"]'), 'the sign did not show Arabic', {
        timeout: 8000,
      });
    } finally {
      cleanup();
    }
  });

  it('keeps a javascript: address out of the snippet and the preview, and says why', async () => {
    const { document: doc, cleanup } = await configurator();
    try {
      chooseWidget(doc, 'hki-sign');
      choose(doc, 'opt-hki-sign-sign', 'exit');
      type(doc, 'opt-hki-sign-more-info', 'javascript:alert(1)');
      expect(snippet(doc)).not.to.contain('more-info').and.not.to.contain('javascript');
      await waitUntil(
        () => warnings(doc).some((w) => w.includes('“More information” address must start with https://')),
        'no warning for javascript:',
        { timeout: 3000 },
      );
      expect(preview(doc, 'hki-sign')!.hasAttribute('more-info')).to.equal(false);

      type(doc, 'opt-hki-sign-more-info', 'https://www.hel.fi/fi/liikunta?kieli=ar&x=1');
      expect(snippet(doc)).to.contain('more-info="https://www.hel.fi/fi/liikunta?kieli=ar&amp;x=1"');
      await waitUntil(() => !warnings(doc).some((w) => w.includes('More information')), 'the warning stayed', { timeout: 3000 });

      // Other combinations that would show an error or do nothing are warned about, too.
      type(doc, 'opt-hki-sign-viewing-distance', 'far');
      await waitUntil(() => warnings(doc).some((w) => w.includes('viewing distance should be a number')), 'no warning for a bad distance', {
        timeout: 3000,
      });
      expect(snippet(doc)).not.to.contain('viewing-distance');
      choose(doc, 'opt-hki-sign-size', 'a4');
      type(doc, 'opt-hki-sign-viewing-distance', '5m');
      expect(snippet(doc)).to.contain('size="a4" viewing-distance="5m"');
    } finally {
      cleanup();
    }
  });

  it('marks example indicator values, uses the example package for them and warns', async () => {
    const { document: doc, cleanup } = await configurator();
    try {
      chooseWidget(doc, 'hki-indicator-chart');
      const option = [...$<HTMLSelectElement>(doc, '#opt-hki-indicator-chart-indicator').options].find((o) => o.value === 'i-10.2-a')!;
      expect(option.textContent).to.match(/\(example values\)$/);
      expect(
        [...$<HTMLSelectElement>(doc, '#opt-hki-indicator-chart-indicator').options].filter((o) =>
          o.textContent!.endsWith('(example values)'),
        ),
      ).to.have.length(4);
      expect($(doc, '#options-hki-indicator-chart').textContent).to.contain('Example values are made up');

      choose(doc, 'opt-hki-indicator-chart-indicator', 'i-10.2-a');
      expect(snippet(doc).split('\n')[1]).to.equal(`<hki-indicator-chart indicator="i-10.2-a" src="${EXAMPLE}"></hki-indicator-chart>`);
      await waitUntil(() => warnings(doc).some((w) => w.includes('made up') && w.includes('Do not publish')), 'no example warning', {
        timeout: 3000,
      });
      await waitUntil(() => preview(doc, 'hki-indicator-chart')?.shadowRoot?.querySelector('canvas'), 'the example chart was not drawn', {
        timeout: 8000,
      });

      // A statistics table: only http(s) addresses.
      $<HTMLInputElement>(doc, '#opt-hki-indicator-chart-source-jsonstat').click();
      type(doc, 'opt-hki-indicator-chart-jsonstat', 'ftp://example.org/table.json');
      type(doc, 'opt-hki-indicator-chart-series', 'kieli');
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-indicator-chart series="kieli"></hki-indicator-chart>');
      await waitUntil(() => warnings(doc).some((w) => w.includes('dataset address must start with https://')), 'no warning for ftp:', {
        timeout: 3000,
      });
    } finally {
      cleanup();
    }
  });

  it('passes on an error the preview itself shows (role=alert) as a warning', async () => {
    const { document: doc, cleanup } = await configurator();
    try {
      chooseWidget(doc, 'hki-indicator-chart');
      $<HTMLInputElement>(doc, '#opt-hki-indicator-chart-source-jsonstat').click();
      type(doc, 'opt-hki-indicator-chart-jsonstat', `${location.origin}/__test/status/500`);
      await waitUntil(
        () => warnings(doc).some((w) => w.startsWith('Warning: The preview shows an error')),
        'the preview error was not reported',
        { timeout: 8000 },
      );
    } finally {
      cleanup();
    }
  });

  it('copies the snippet and announces it politely, with a fallback without the Clipboard API', async () => {
    const { window, document: doc, cleanup } = await configurator();
    try {
      chooseWidget(doc, 'hki-term');
      let copied = '';
      Object.defineProperty(window.navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      const status = $(doc, '#copy-status');
      expect(status.getAttribute('role')).to.equal('status');
      $<HTMLButtonElement>(doc, '#copy').click();
      await waitUntil(() => status.textContent === 'Snippet copied.', 'copying was not announced', { timeout: 3000 });
      expect(copied).to.equal(snippet(doc));
      expect(copied).to.match(/^<script type="module" src="[^"]+"><\/script>\n<hki-term concept="[a-z-]+"><\/hki-term>$/);

      // No Clipboard API: the text is selected and copied with the old command.
      Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: undefined });
      let command = '';
      doc.execCommand = (name: string) => ((command = name), true);
      status.textContent = '';
      $<HTMLButtonElement>(doc, '#copy').click();
      await waitUntil(() => status.textContent === 'Snippet copied.', 'the fallback was not announced', { timeout: 3000 });
      expect(command).to.equal('copy');
      const area = $<HTMLTextAreaElement>(doc, '#snippet');
      expect(doc.activeElement).to.equal(area);
      expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal(area.value);
    } finally {
      cleanup();
    }
  });

  it('is usable with the keyboard alone: Tab reaches the chooser, the options and Copy', async () => {
    const { iframe, document: doc, cleanup } = await configurator();
    try {
      await waitUntil(() => preview(doc, 'hki-measure-card')?.shadowRoot?.textContent, 'no preview', { timeout: 8000 });
      iframe.focus();
      $(doc, '.skip').focus();
      const reached: string[] = [];
      for (let i = 0; i < 40 && !reached.includes('copy'); i += 1) {
        await sendKeys({ press: 'Tab' });
        reached.push(doc.activeElement?.id || doc.activeElement?.tagName.toLowerCase() || '');
      }
      const at = (id: string) => reached.indexOf(id);
      expect(at('widget-hki-measure-card'), reached.join(' ')).to.be.greaterThan(-1);
      expect(at('opt-hki-measure-card-measure')).to.be.greaterThan(at('widget-hki-measure-card'));
      expect(at('copy')).to.be.greaterThan(at('opt-hki-measure-card-measure'));

      // Focus is visible: an outline on the control reached with Tab.
      expect(doc.activeElement?.id).to.equal('copy');
      const outline = iframe.contentWindow!.getComputedStyle(doc.activeElement!);
      expect(outline.outlineStyle).to.equal('solid');
      expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);

      // The language switch works from the keyboard.
      $(doc, '[data-ui-lang="sv"]').focus();
      await sendKeys({ press: 'Enter' });
      expect(doc.documentElement.lang).to.equal('sv');
      expect($(doc, '#copy').textContent).to.equal('Kopiera koden');
      await sendKeys({ press: 'Tab' });
      expect(doc.activeElement?.getAttribute('data-ui-lang')).to.equal('en');
      await sendKeys({ press: 'Space' });
      expect(doc.documentElement.lang).to.equal('en');

      // Arrow keys choose another widget in the chooser, and its snippet follows.
      $(doc, '#widget-hki-measure-card').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(doc.activeElement?.id).to.equal('widget-hki-measure-list');
      expect(snippet(doc).split('\n')[1]).to.equal('<hki-measure-list></hki-measure-list>');
      expect($(doc, '#options-hki-measure-list').hidden).to.equal(false);
      expect($(doc, '#options-hki-measure-card').hidden).to.equal(true);
    } finally {
      cleanup();
    }
  });

  for (const [lang, tags] of [
    [
      'en',
      [
        'hki-measure-card',
        'hki-measure-list',
        'hki-programme-summary',
        'hki-indicator-chart',
        'hki-service-finder',
        'hki-service-card',
        'hki-sign',
        'hki-term',
      ],
    ],
    ['fi', ['hki-service-finder', 'hki-sign', 'hki-indicator-chart']],
    ['sv', ['hki-service-finder', 'hki-measure-card']],
  ] as const)
    it(`passes axe in ${lang} with ${tags.length === 8 ? 'every widget' : tags.join(', ')} chosen`, async function () {
      this.timeout(90000);
      const { window, document: doc, cleanup } = await configurator(1200, { languages: [lang] });
      try {
        const script = doc.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        await new Promise((resolve, reject) => {
          script.addEventListener('load', resolve);
          script.addEventListener('error', reject);
          doc.head.append(script);
        });
        expect(doc.documentElement.lang).to.equal(lang);
        for (const tag of tags) {
          chooseWidget(doc, tag);
          if (tag === 'hki-sign') $<HTMLInputElement>(doc, '#opt-hki-sign-languages-ar').click();
          if (tag === 'hki-indicator-chart') choose(doc, 'opt-hki-indicator-chart-indicator', 'i-10.2-a');
          // Rendered: the element has drawn something other than its loading state.
          await waitUntil(
            () => {
              const el = preview(doc, tag);
              return el?.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"], .loading');
            },
            `${tag} did not render`,
            { timeout: 8000 },
          );
          await previewReady(doc, tag);
          const { violations } = await window.axe!.run(doc, { resultTypes: ['violations'] });
          expect(violations.map((v) => `${tag}: ${v.id} – ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
        }
      } finally {
        cleanup();
      }
    });

  it('works at 320 px wide without scrolling sideways, in Finnish (the longest words)', async () => {
    const { document: doc, cleanup } = await configurator(320, { languages: ['fi'] });
    try {
      const sideways = () => doc.documentElement.scrollWidth > doc.documentElement.clientWidth;
      for (const tag of ['hki-measure-card', 'hki-measure-list', 'hki-indicator-chart', 'hki-service-finder', 'hki-sign']) {
        chooseWidget(doc, tag);
        if (tag === 'hki-sign') {
          $<HTMLInputElement>(doc, '#opt-hki-sign-languages-ckb').click();
          choose(doc, 'opt-hki-sign-size', 'a4');
          type(
            doc,
            'opt-hki-sign-more-info',
            'javascript:void(0)//a-very-long-address-that-does-not-break-anywhere-at-all-and-keeps-going',
          );
        }
        await waitUntil(() => preview(doc, tag)?.shadowRoot?.childElementCount, `${tag} did not render`, { timeout: 8000 });
        await previewReady(doc, tag);
        expect(sideways(), `${tag} at 320 px scrolls sideways (${doc.documentElement.scrollWidth} px)`).to.equal(false);
      }
    } finally {
      cleanup();
    }
  });
});
