import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '@hki-widgets/measures/programme-summary/define.js';
import type { HkiProgrammeSummary } from '@hki-widgets/measures/programme-summary.js';
import { captureConsole, itDefinesItsTag, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';

/** The example package: illustrative statuses for nine measures, every other one "not reported". */
const exampleUrl = new URL('../../data/dist/examples/programme.example.json', import.meta.url).href;

const root = (el: HkiProgrammeSummary) => el.shadowRoot!;
/** Text as it reads: any run of white space (no-break spaces of number formats included) as one space. */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const themes = (el: HkiProgrammeSummary) => [...root(el).querySelectorAll<HTMLElement>('[part="theme"]')];
const themeHeading = (theme: HTMLElement) => theme.querySelector<HTMLElement>('[part="theme-title"]')!;
const measureCount = (theme: HTMLElement) => text(theme.querySelector('.measure-count'));
const statusItems = (theme: HTMLElement) => [...theme.querySelectorAll('.status-summary li')].map(text);
const links = (el: HkiProgrammeSummary) => [...root(el).querySelectorAll<HTMLAnchorElement>('a')];
const figures = (el: HkiProgrammeSummary) => [...root(el).querySelectorAll<HTMLElement>('[part="figures"] li')];
const figureLines = (figure: HTMLElement) => [...figure.querySelectorAll('p')].map(text);
const alert = (el: HkiProgrammeSummary) => root(el).querySelector<HTMLElement>('[role="alert"]');
const base = (el: HkiProgrammeSummary) => root(el).querySelector<HTMLElement>('[part="base"]')!;

/** Renders a summary and waits for its data (or its error). */
async function summary(markup: ReturnType<typeof html>): Promise<HkiProgrammeSummary> {
  const el = await fixture<HkiProgrammeSummary>(markup);
  await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="themes"], [role="alert"]')));
  return el;
}

const noStatuses = (el: HkiProgrammeSummary) => root(el).querySelector<HTMLElement>('[part="no-statuses"]');
/** The coloured bars, and anything announced as a progress bar. */
const bars = (node: ParentNode) => [...node.querySelectorAll('.bar, [role="progressbar"], progress')];

/** The published package with the given measures' statuses reported (by index in the package's list). */
const withStatuses = (statuses: [number, Record<string, unknown>][]) =>
  `/__test/package?patch=${encodeURIComponent(JSON.stringify(statuses.map(([i, status]) => [`/measures/${i}/status`, status])))}`;

const themeIds = ['skilled-workforce', 'learning', 'open-city', 'counteracting-differentiation'];

describe('<hki-programme-summary>', () => {
  beforeEach(() => setPageLang('en'));
  after(() => setPageLang('en'));

  itDefinesItsTag('hki-programme-summary');

  it('loads only the summary slice of the bundled data, not the whole programme', async () => {
    await summary(html`<hki-programme-summary></hki-programme-summary>`);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((n) => n.includes('/slices/programme.en.summary.js'))).to.equal(true);
    expect(loaded.some((n) => /\/dist\/programme\.en\.js/.test(n))).to.equal(false);
  });

  it("shows the programme's title and its four themes, each with a heading and its number of measures", async () => {
    const el = await summary(html`<hki-programme-summary></hki-programme-summary>`);
    const title = root(el).querySelector('[part="title"]')!;
    expect(title.tagName).to.equal('H2');
    expect(text(title)).to.equal('A City for Everyone');
    expect(text(root(el).querySelector('.subtitle'))).to.equal('Helsinki’s Integration Programme 2017–2021');
    expect(base(el).getAttribute('aria-labelledby')).to.equal('title');

    expect(root(el).querySelector('[part="themes"]')!.tagName).to.equal('UL');
    const items = themes(el);
    expect(items).to.have.length(4);
    expect(items.map((t) => themeHeading(t).tagName)).to.deep.equal(['H3', 'H3', 'H3', 'H3']);
    expect(items.map((t) => text(themeHeading(t)))).to.deep.equal([
      'Theme 1 Helsinki is a city of a skilled workforce',
      'Theme 2 Helsinki is the world’s most effective place to learn',
      'Theme 3 Helsinki is open and encourages participation',
      'Theme 4 Helsinki is fighting social inequality',
    ]);
    expect(items.map(measureCount)).to.deep.equal(['8 measures', '28 measures', '14 measures', '14 measures']);
    // The published data has no statuses yet: the summary says so once instead of per theme.
    expect(items.map(statusItems)).to.deep.equal([[], [], [], []]);
    expect(text(noStatuses(el))).to.contain('No statuses have been reported yet');
    expect(root(el).querySelector('[part="example-badge"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows how far each theme has come with the example statuses, in words and not by colour alone', async () => {
    const el = await summary(html`<hki-programme-summary src=${exampleUrl}></hki-programme-summary>`);
    expect(text(root(el).querySelector('[part="example-badge"]'))).to.equal(
      'Example data: The statuses and figures here are made up for demonstration. They were not reported by the City of Helsinki.',
    );
    expect(themes(el).map(statusItems)).to.deep.equal([
      ['Not reported: 4', 'In progress: 1', 'Partially achieved: 1', 'Achieved: 2'],
      ['Not reported: 26', 'Partially: 1', 'Yes: 1'],
      ['Not reported: 12', 'Not started: 1', 'In progress: 1'],
      ['Not reported: 13', 'In progress: 1'],
    ]);
    const first = themes(el)[0];
    // The coloured bar only repeats the list, so it is hidden from screen readers.
    expect(first.querySelector('.bar')!.getAttribute('aria-hidden')).to.equal('true');
    const icons = [...first.querySelectorAll('.status-summary svg')];
    expect(icons).to.have.length(4);
    expect(icons.every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('while no measure has a reported status', () => {
    it('says so plainly, once, and draws no bars', async () => {
      const el = await summary(html`<hki-programme-summary></hki-programme-summary>`);
      const note = noStatuses(el)!;
      expect([...note.querySelectorAll('p')].map(text)).to.deep.equal([
        'No statuses have been reported yet',
        'Once the division responsible for a measure reports its status, this summary shows how far each theme has come.',
        'Divisions find how to report a status in the guides that come with these widgets.',
      ]);
      // It comes before the themes, so it is read first.
      expect(note.compareDocumentPosition(root(el).querySelector('[part="themes"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(bars(root(el))).to.have.length(0);
      expect(root(el).querySelectorAll('.status-summary')).to.have.length(0);
      // Without a guide address there is no link to a guide (only the four theme links).
      expect(note.querySelector('a')).to.equal(null);
      expect(links(el)).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('says it in Finnish', async () => {
      await setPageLang('fi');
      const el = await summary(html`<hki-programme-summary></hki-programme-summary>`);
      expect([...noStatuses(el)!.querySelectorAll('p')].map(text)).to.deep.equal([
        'Toimenpiteiden tilaa ei ole vielä raportoitu',
        'Kun toimenpiteestä vastaava toimiala raportoi sen tilan, tämä yhteenveto näyttää, miten pitkälle kukin teema on edennyt.',
        'Toimialat löytävät ohjeen tilan raportointiin näiden widgettien ohjeista.',
      ]);
      expect(bars(root(el))).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says it in Swedish, and links the guide there too', async () => {
      await setPageLang('sv');
      const el = await summary(html`<hki-programme-summary guide-url="https://www.example.org/guide"></hki-programme-summary>`);
      const note = noStatuses(el)!;
      expect(text(note.querySelector('strong'))).to.equal('Ingen status har rapporterats för åtgärderna ännu');
      expect(text(note.querySelector('p:nth-of-type(2)'))).to.equal(
        'När den sektor som ansvarar för en åtgärd rapporterar dess status visar den här sammanfattningen hur långt varje tema har kommit.',
      );
      expect(text(note.querySelector('a'))).to.equal('Så rapporterar en sektor en åtgärds status');
      expect(bars(root(el))).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('links the guide at guide-url, and goes back to words when the attribute is removed', async () => {
      const el = await summary(html`<hki-programme-summary guide-url="/docs/guides/update-measure-status.html"></hki-programme-summary>`);
      const link = noStatuses(el)!.querySelector('a')!;
      expect(link.href).to.equal(`${location.origin}/docs/guides/update-measure-status.html`);
      expect(text(link)).to.equal('How a division reports a measure’s status');
      await expect(el).to.be.accessible();

      el.removeAttribute('guide-url');
      await el.updateComplete;
      expect(noStatuses(el)!.querySelector('a')).to.equal(null);
      expect(text(noStatuses(el))).to.contain('Divisions find how to report a status in the guides that come with these widgets.');
    });

    it('does not link a guide-url that is not a web address, and warns once', async () => {
      const { result: el, warnings } = await captureConsole(async () => {
        const summaryEl = await summary(html`<hki-programme-summary guide-url="javascript:alert(1)"></hki-programme-summary>`);
        summaryEl.headingLevel = 3;
        await summaryEl.updateComplete;
        return summaryEl;
      });
      expect(noStatuses(el)!.querySelector('a, [href]')).to.equal(null);
      expect(text(noStatuses(el))).to.contain('Divisions find how to report a status');
      const about = warnings.filter((w) => w.includes('javascript:alert(1)'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('[hki-programme-summary]');

      const { warnings: mailWarnings } = await captureConsole(async () => {
        el.setAttribute('guide-url', 'mailto:editor@example.org');
        await el.updateComplete;
      });
      expect(noStatuses(el)!.querySelector('a')).to.equal(null);
      expect(mailWarnings.join('\n')).to.contain('mailto:editor@example.org');
    });
  });

  describe('once a status is reported', () => {
    it('drops the notice and shows a bar for the theme that has one', async () => {
      const el = await summary(
        html`<hki-programme-summary
          src=${withStatuses([[0, { value: 'in-progress', reportedAt: '2019-12-31' }]])}
          guide-url="https://www.example.org/guide"
        ></hki-programme-summary>`,
      );
      expect(noStatuses(el)).to.equal(null);
      const [first, ...rest] = themes(el);
      expect(bars(first)).to.have.length(1);
      expect(first.querySelectorAll('.bar-part')).to.have.length(2);
      expect(statusItems(first)).to.deep.equal(['Not reported: 7', 'In progress: 1']);
      // Themes with nothing reported keep their counts in words but draw no empty bar.
      expect(rest.map((t) => bars(t).length)).to.deep.equal([0, 0, 0]);
      expect(rest.map(statusItems)).to.deep.equal([['Not reported: 28'], ['Not reported: 14'], ['Not reported: 14']]);
      await expect(el).to.be.accessible();
    });

    it('shows every theme its bar when each has a status, in Finnish', async () => {
      await setPageLang('fi');
      // The first measure of each theme, with a value from that measure's own status scale.
      type Pkg = { measures: { setId: string; statusScale: string }[]; measureSets: { id: string; themeId: string }[] };
      const pkg = (await (await fetch('/__test/package')).json()) as Pkg;
      const statuses = themeIds.map((theme): [number, Record<string, unknown>] => {
        const i = pkg.measures.findIndex((m) => pkg.measureSets.find((set) => set.id === m.setId)?.themeId === theme);
        return [i, { value: pkg.measures[i].statusScale === 'education' ? 'partially' : 'in-progress', reportedAt: '2020-01-31' }];
      });
      const el = await summary(html`<hki-programme-summary src=${withStatuses(statuses)}></hki-programme-summary>`);
      expect(noStatuses(el)).to.equal(null);
      expect(themes(el).map((t) => bars(t).length)).to.deep.equal([1, 1, 1, 1]);
      expect(statusItems(themes(el)[0])).to.deep.equal(['Ei raportoitu: 7', 'Käynnissä: 1']);
      await expect(el).to.be.accessible();
    });
  });

  it('links each theme to the explorer filtered by that theme, naming the theme in the link', async () => {
    const el = await summary(html`<hki-programme-summary explorer-url="/en/integration-programme/measures"></hki-programme-summary>`);
    const anchors = links(el);
    expect(anchors).to.have.length(4);
    expect(anchors.map((a) => a.href)).to.deep.equal(
      themeIds.map((id) => `${location.origin}/en/integration-programme/measures?theme=${id}`),
    );
    expect(text(anchors[1])).to.equal('See the measures: Helsinki is the world’s most effective place to learn');
    // Each link sits in its theme.
    expect(themes(el).map((t) => t.querySelector('a'))).to.deep.equal(anchors);
  });

  it('keeps the query of an explorer address and replaces any theme in it', async () => {
    const el = await summary(
      html`<hki-programme-summary explorer-url=${'https://www.hel.fi/explorer?lang=en&theme=old#results'}></hki-programme-summary>`,
    );
    expect(links(el)[2].href).to.equal('https://www.hel.fi/explorer?lang=en&theme=open-city#results');
  });

  it('links to the current page when explorer-url is absent', async () => {
    const el = await summary(html`<hki-programme-summary></hki-programme-summary>`);
    expect(links(el).map((a) => a.href)).to.deep.equal(themeIds.map((id) => `${location.origin}${location.pathname}?theme=${id}`));
  });

  it('renders no link for a javascript: explorer-url, and warns', async () => {
    const { result: el, warnings } = await captureConsole(() =>
      summary(html`<hki-programme-summary explorer-url="javascript:alert(1)"></hki-programme-summary>`),
    );
    expect(links(el)).to.have.length(0);
    expect(root(el).querySelector('[href]')).to.equal(null);
    expect(themes(el)).to.have.length(4);
    expect(themes(el).map(measureCount)).to.deep.equal(['8 measures', '28 measures', '14 measures', '14 measures']);
    expect(warnings.join('\n')).to.contain('[hki-programme-summary]').and.contain('javascript:alert(1)');
    await expect(el).to.be.accessible();
  });

  it('shows the key figures with their year and source, in Finnish number style', async () => {
    const el = await summary(html`<hki-programme-summary></hki-programme-summary>`);
    const section = root(el).querySelector('[part="figures"]')!;
    const heading = section.querySelector('[part="figures-title"]')!;
    expect(heading.tagName).to.equal('H3');
    expect(text(heading)).to.equal('Key figures');
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);

    const items = figures(el);
    expect(items).to.have.length(8);
    const source = 'Source: A City for Everyone – Helsinki’s Integration Programme 2017–2021';
    expect(figureLines(items[0])).to.deep.equal([
      '15 %',
      'Share of Helsinki’s population with a foreign background in 2017 (15 per cent).',
      `Year 2017 · ${source}, The operating environment during the strategy period`,
    ]);
    expect(figureLines(items[1])[0]).to.equal('25 %');
    expect(figureLines(items[1])[2]).to.match(/^Projection for 2030 · Source: /);
    expect(figureLines(items[2])[0]).to.equal('over 140');
    expect(figureLines(items[2])[1]).to.equal('More than 140 languages are spoken in Helsinki.');
    expect(figureLines(items[3])[0]).to.equal('over 15 000');
    expect(figureLines(items[4])[0]).to.equal('about 400');
    expect(figureLines(items[4])[2]).to.match(/^Year 2018 · Source: /);
    expect(figureLines(items[6])[0]).to.equal('4');
  });

  it('takes its heading levels from heading-level', async () => {
    const el = await summary(html`<hki-programme-summary heading-level="3"></hki-programme-summary>`);
    expect(root(el).querySelector('[part="title"]')!.tagName).to.equal('H3');
    expect(themes(el).map((t) => themeHeading(t).tagName)).to.deep.equal(['H4', 'H4', 'H4', 'H4']);
    expect(root(el).querySelector('[part="figures-title"]')!.tagName).to.equal('H4');

    el.headingLevel = 1;
    await el.updateComplete;
    expect(root(el).querySelector('[part="title"]')!.tagName).to.equal('H1');
    expect(themeHeading(themes(el)[0]).tagName).to.equal('H2');

    el.headingLevel = 6;
    await el.updateComplete;
    expect(root(el).querySelector('[part="title"]')!.tagName).to.equal('H6');
    expect(themeHeading(themes(el)[0]).tagName).to.equal('H6');
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish on a Swedish page', async () => {
    await setPageLang('sv');
    const el = await summary(html`<hki-programme-summary src=${exampleUrl}></hki-programme-summary>`);
    expect(base(el).getAttribute('lang')).to.equal('sv');
    expect(text(root(el).querySelector('[part="title"]'))).to.equal('En stad för alla');
    const first = themes(el)[0];
    expect(text(themeHeading(first))).to.equal('Tema 1 Helsingfors är den kunniga arbetskraftens stad');
    expect(measureCount(first)).to.equal('8 åtgärder');
    expect(statusItems(first)).to.deep.equal(['Inte rapporterad: 4', 'Pågår: 1', 'Delvis uppnådd: 1', 'Uppnådd: 2']);
    expect(text(first.querySelector('a'))).to.equal('Se åtgärderna: Helsingfors är den kunniga arbetskraftens stad');
    expect(text(root(el).querySelector('[part="figures-title"]'))).to.equal('Nyckeltal');
    const items = figures(el);
    expect(figureLines(items[0])[0]).to.equal('15 %');
    expect(figureLines(items[0])[2]).to.match(/^År 2017 · Källa: A City for Everyone/);
    expect(figureLines(items[1])[2]).to.match(/^Prognos för 2030 · /);
    expect(figureLines(items[2])[0]).to.equal('över 140');
    expect(figureLines(items[4])[0]).to.equal('cirka 400');
    // The source's English title is marked as English.
    expect(items[0].querySelector('.figure-source span')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('shows Finnish data on a Finnish page', async () => {
    await setPageLang('fi');
    const el = await summary(html`<hki-programme-summary></hki-programme-summary>`);
    expect(base(el).getAttribute('lang')).to.equal('fi');
    // The city's own Finnish names (decision of 28.5.2018, HEL 2018-001892).
    expect(text(root(el).querySelector('[part="title"]'))).to.equal('Kaikkien Stadi');
    expect(themes(el).map((t) => text(themeHeading(t)))).to.satisfy((titles: string[]) =>
      [
        'Helsinki on osaavan työvoiman kaupunki',
        'Helsinki on maailman vaikuttavin paikka oppia',
        'Helsinki on avoin ja osallistava',
        'Helsinki ehkäisee eriarvoistumista',
      ].every((t, i) => titles[i].endsWith(t)),
    );
    expect(
      themes(el)
        .map(measureCount)
        .map((c) => c.match(/\d+/)![0]),
    ).to.deep.equal(['8', '28', '14', '14']);
    const first = figures(el)[0];
    expect(figureLines(first)[0]).to.equal('15 %');
    expect(figureLines(first)[1]).to.equal('Helsingin asukkaista oli ulkomaalaistaustaisia vuonna 2017 (15 %).');
    expect(figureLines(first)[2]).to.contain('2017').and.contain('Lähde: A City for Everyone');
    await expect(el).to.be.accessible();
  });

  it('passes axe in English', async () => {
    const el = await summary(html`<hki-programme-summary explorer-url="/en/measures"></hki-programme-summary>`);
    expect(base(el).getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('follows a change of <html lang> live', async () => {
    const el = await summary(html`<hki-programme-summary></hki-programme-summary>`);
    await setPageLang('sv');
    await settled(el, () => text(root(el).querySelector('[part="title"]')) === 'En stad för alla', 'did not switch to Swedish');
    expect(measureCount(themes(el)[1])).to.equal('28 åtgärder');
  });

  it('falls back to English on a page in another language, marked with lang="en"', async () => {
    await setPageLang('ar', 'rtl');
    try {
      const el = await summary(html`<hki-programme-summary></hki-programme-summary>`);
      await settled(el, () => text(root(el).querySelector('[part="title"]')) === 'A City for Everyone');
      expect(base(el).getAttribute('lang')).to.equal('en');
      expect(measureCount(themes(el)[0])).to.equal('8 measures');
      await expect(el).to.be.accessible();
    } finally {
      await setPageLang('en');
    }
  });

  it('says it is loading while the data is on its way', async () => {
    const { errors } = await captureConsole(async () => {
      const el = await fixture<HkiProgrammeSummary>(
        html`<hki-programme-summary src="/__test/delay/2000?summary-loading"></hki-programme-summary>`,
      );
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Loading…');
      await expect(el).to.be.accessible();
      await settled(el, () => Boolean(alert(el)), 'no error after the delay');
    });
    expect(errors.join('\n')).to.contain('/__test/delay/2000?summary-loading');
  });

  it('shows a localized alert for data that cannot be loaded, and names the URL in the console', async () => {
    const { result: el, errors } = await captureConsole(() =>
      summary(html`<hki-programme-summary src="/__test/status/404"></hki-programme-summary>`),
    );
    expect(text(alert(el))).to.equal('The programme information could not be loaded. Please try again later.');
    expect(root(el).querySelector('[part="themes"]')).to.equal(null);
    expect(errors.join('\n')).to.match(
      /\[hki-programme-summary\] could not use the programme data from http:\/\/[^ ]+\/__test\/status\/404: the server answered HTTP 404/,
    );
    await expect(el).to.be.accessible();

    await setPageLang('sv');
    await settled(el, () => text(alert(el)) === 'Programmets uppgifter kunde inte laddas. Försök igen senare.', 'no Swedish alert');
  });

  it('shows the alert in Finnish on a Finnish page', async () => {
    await setPageLang('fi');
    const { result: el } = await captureConsole(() =>
      summary(html`<hki-programme-summary src="/__test/status/500"></hki-programme-summary>`),
    );
    expect(text(alert(el))).to.equal('Ohjelman tietoja ei voitu ladata. Yritä myöhemmin uudelleen.');
  });

  it('renders hostile text from data as text', async () => {
    const patch = JSON.stringify([
      ['/themes/0/title/en', '<img src=x onerror="window.__pwnedSummary=1">'],
      ['/keyFigures/0/label/en', '<script>window.__pwnedSummary=2</script>'],
    ]);
    const el = await summary(
      html`<hki-programme-summary src=${`/__test/package?patch=${encodeURIComponent(patch)}`}></hki-programme-summary>`,
    );
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect(text(themeHeading(themes(el)[0]))).to.contain('<img src=x onerror=');
    expect(figureLines(figures(el)[0])[1]).to.equal('<script>window.__pwnedSummary=2</script>');
    expect((window as unknown as { __pwnedSummary?: number }).__pwnedSummary).to.equal(undefined);
  });

  it('reflows at 320 CSS pixels without sideways scrolling', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div style="margin:0"><hki-programme-summary src=${exampleUrl} explorer-url="/en/measures"></hki-programme-summary></div>`,
    );
    const el = wrapper.querySelector('hki-programme-summary')!;
    await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="themes"]')));
    try {
      expect(await scrollsSideways(320)).to.equal(false);
      for (const theme of themes(el)) expect(theme.getBoundingClientRect().right).to.be.at.most(320);
      for (const figure of figures(el)) expect(figure.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await scrollsSideways(800);
    }
  });
});
