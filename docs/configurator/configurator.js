// The embed configurator (docs/configurator/index.html): a City web editor chooses a widget and its
// options from the data package's real choices, sees the real widget, and copies a two-line
// snippet. Its own words are in Finnish, Swedish and English (MESSAGES below): the browser's
// language first, `?lang=fi|sv|en` over that, and a switch on the page. The chosen language is also
// <html lang>, which the widgets in the preview follow. Plain ES module, no build step.
//
// Where the options come from:
// - The attributes of each widget, their types, defaults and descriptions: the custom-elements
//   manifest (custom-elements.json, generated from the elements' JSDoc; the site build copies it
//   beside this page, <html data-manifest> says where). An attribute documented there gets a
//   control here without any change to this file: enum union → select, boolean → checkbox,
//   number → number field, anything else → text field; its description is the help text.
// - Kept by hand (OPTIONS below), only what the manifest cannot say: nicer controls whose choices
//   come from the data (measures, themes, organisations, services, signs…), the words for the data's
//   codes, warnings about combinations that would not work, and which attributes the configurator
//   sets itself (HIDDEN). Each hand-made control names the attributes it stands for (`handles`).
//
// Rules this file keeps:
// - No innerHTML: every node is made with createElement and text goes in as text, so nothing an
//   editor types (or a data file says) can become markup. The snippet is text in a <textarea>.
// - No inline styles (the page runs under style-src 'self'): looks come from configurator.css.
// - URLs are resolved against document.baseURI, not location.href, so the page also works from a
//   <base href> (the browser test loads it through an iframe's srcdoc).

import { ELEMENTS } from './elements.js';

const root = document.documentElement;

/** Where the CDN bundle, the data package and the manifest are: <html data-*>, relative to this page. */
const EMBED_URL = new URL(root.dataset.embed || '../embed/hki-widgets.js', document.baseURI).href;
const DATA_URL = new URL(root.dataset.data || '../data/', document.baseURI).href;
const MANIFEST_URL = new URL(root.dataset.manifest || 'custom-elements.json', document.baseURI).href;

/** The example package: made-up statuses and indicator values, for demonstrations only. */
const EXAMPLE_SRC = new URL('examples/programme.example.json', DATA_URL).href;

/** The snippet's script address until the editor gives the real one: plainly a placeholder. */
const PLACEHOLDER_SCRIPT = 'https://cdn.example.org/hki-widgets/hki-widgets.js';

/** Milliseconds to wait after typing before the preview is re-created. */
const PREVIEW_DELAY = 300;

// ---------------------------------------------------------------------------------------------
// The configurator's own words. Each message in English, Finnish and Swedish; a function when it
// takes values. Add a key to all three languages (the browser test checks that nothing stays
// English on a Finnish or Swedish page).
// ---------------------------------------------------------------------------------------------

/** The interface languages, each with its own name for the switch. */
const LANGUAGES = [
  { code: 'fi', name: 'Suomi' },
  { code: 'sv', name: 'Svenska' },
  { code: 'en', name: 'English' },
];

const MESSAGES = {
  // index.html (data-i18n="key")
  title: {
    en: 'Embed configurator – hki-widgets',
    fi: 'Upotuskoodin työkalu – hki-widgets',
    sv: 'Verktyg för inbäddningskod – hki-widgets',
  },
  skip: { en: 'Skip to content', fi: 'Siirry sisältöön', sv: 'Hoppa till innehållet' },
  languageSwitch: { en: 'Language', fi: 'Kieli', sv: 'Språk' },
  h1: { en: 'Put a widget on your page', fi: 'Lisää widget sivullesi', sv: 'Lägg till en widget på din sida' },
  intro: {
    en: 'Choose a widget, set its options and check the preview. Then copy the two lines of the snippet into the HTML of your page. On your page the widget speaks the page’s language. The preview is in the language of this page: change it above.',
    fi: 'Valitse widget, tee sen asetukset ja tarkista esikatselu. Kopioi sitten koodin kaksi riviä sivusi HTML-koodiin. Sivullasi widget käyttää sivun kieltä. Esikatselu on tämän sivun kielellä: voit vaihtaa kielen ylhäältä.',
    sv: 'Välj en widget, gör inställningarna och kontrollera förhandsvisningen. Kopiera sedan kodens två rader till din sidas HTML-kod. På din sida använder widgeten sidans språk. Förhandsvisningen är på den här sidans språk: du kan byta språk upptill.',
  },
  loading: { en: 'Loading the widgets’ data…', fi: 'Widgetien tietoja ladataan…', sv: 'Widgetarnas uppgifter laddas…' },
  stepWidget: { en: '1. Choose a widget', fi: '1. Valitse widget', sv: '1. Välj en widget' },
  stepOptions: { en: '2. Set its options', fi: '2. Tee asetukset', sv: '2. Gör inställningarna' },
  optionsHint: {
    en: 'Options you leave as they are do not appear in the snippet.',
    fi: 'Asetukset, joita et muuta, eivät tule koodiin.',
    sv: 'Inställningar som du inte ändrar kommer inte med i koden.',
  },
  stepCheck: { en: '3. Check before you publish', fi: '3. Tarkista ennen julkaisua', sv: '3. Kontrollera före publicering' },
  noWarnings: { en: 'Nothing to warn about.', fi: 'Ei huomautettavaa.', sv: 'Inget att anmärka.' },
  stepCopy: { en: '4. Copy the snippet', fi: '4. Kopioi koodi', sv: '4. Kopiera koden' },
  scriptUrl: { en: 'Address of the widget script', fi: 'Widget-skriptin osoite', sv: 'Widgetskriptets adress' },
  scriptUrlHint: {
    en: 'The address where your site gets hki-widgets.js. The address given here at first is only a placeholder: ask your site’s administrator for the real one.',
    fi: 'Osoite, josta sivustosi hakee tiedoston hki-widgets.js. Tässä valmiina oleva osoite on vain esimerkki: kysy oikea osoite sivustosi ylläpitäjältä.',
    sv: 'Adressen där din webbplats hämtar hki-widgets.js. Adressen som står här från början är bara ett exempel: fråga webbplatsens administratör efter den rätta.',
  },
  snippet: { en: 'Snippet', fi: 'Koodi', sv: 'Kod' },
  snippetHint: {
    en: 'Paste these two lines into the HTML of your page. The first line is needed only once per page.',
    fi: 'Liitä nämä kaksi riviä sivusi HTML-koodiin. Ensimmäinen rivi tarvitaan vain kerran sivulla.',
    sv: 'Klistra in de här två raderna i din sidas HTML-kod. Den första raden behövs bara en gång per sida.',
  },
  copy: { en: 'Copy snippet', fi: 'Kopioi koodi', sv: 'Kopiera koden' },
  includeContent: {
    en: 'Include the widget’s content in the snippet',
    fi: 'Ota widgetin sisältö mukaan koodiin',
    sv: 'Ta med widgetens innehåll i koden',
  },
  includeContentHint: {
    en: 'The content then shows at once with your page, before the script has loaded, and nothing on the page moves when the widget starts. It is in the language of this page (choose your page’s language above) and as the data is today: the widget replaces it with the current content. Copy the snippet again when the programme data changes.',
    fi: 'Sisältö näkyy silloin heti sivun mukana jo ennen kuin skripti on latautunut, eikä mikään sivulla siirry widgetin käynnistyessä. Sisältö on tämän sivun kielellä (valitse yllä sivusi kieli) ja sellaisena kuin tiedot ovat tänään: widget korvaa sen ajantasaisella sisällöllä. Kopioi koodi uudelleen, kun ohjelman tiedot muuttuvat.',
    sv: 'Innehållet visas då direkt med sidan, innan skriptet har laddats, och ingenting på sidan flyttar sig när widgeten startar. Det är på den här sidans språk (välj din sidas språk ovan) och sådant som uppgifterna är i dag: widgeten ersätter det med aktuellt innehåll. Kopiera koden igen när programmets uppgifter ändras.',
  },
  contentWaiting: {
    en: 'The content is added to the snippet when the preview has loaded.',
    fi: 'Sisältö lisätään koodiin, kun esikatselu on latautunut.',
    sv: 'Innehållet läggs till i koden när förhandsvisningen har laddats.',
  },
  contentUnavailable: {
    en: 'The preview shows no content (an error or nothing found), so the snippet has none.',
    fi: 'Esikatselussa ei ole sisältöä (virhe tai ei tuloksia), joten koodissa ei ole sitä.',
    sv: 'Förhandsvisningen visar inget innehåll (ett fel eller inga träffar), så koden har inget.',
  },
  stepPreview: { en: '5. Preview', fi: '5. Esikatselu', sv: '5. Förhandsvisning' },
  previewHint: {
    en: 'The preview is the real widget, in the language of this page. It does not change this page’s address.',
    fi: 'Esikatselussa on oikea widget tämän sivun kielellä. Se ei muuta tämän sivun osoitetta.',
    sv: 'Förhandsvisningen är den riktiga widgeten, på den här sidans språk. Den ändrar inte sidans adress.',
  },
  preview: { en: 'Preview', fi: 'Esikatselu', sv: 'Förhandsvisning' },
  footer: {
    en: 'Data: A City for Everyone – Helsinki’s Integration Programme 2017–2021, City of Helsinki. Translations marked as drafts have not been reviewed.',
    fi: 'Tiedot: Helsingin kaupungin kotouttamisohjelma 2017–2021, Helsingin kaupunki. Luonnoksiksi merkittyjä käännöksiä ei ole tarkistettu.',
    sv: 'Uppgifter: Helsingfors stads integrationsprogram 2017–2021, Helsingfors stad. Översättningar som är märkta som utkast har inte granskats.',
  },

  // The chooser, the options' frame, the snippet
  optionsFor: { en: (name) => `Options: ${name}`, fi: (name) => `Asetukset: ${name}`, sv: (name) => `Inställningar: ${name}` },
  notAvailable: {
    en: (needs) => `Not available: its data (${needs}) could not be loaded.`,
    fi: (needs) => `Ei käytettävissä: sen tietoja (${needs}) ei voitu ladata.`,
    sv: (needs) => `Inte tillgänglig: dess uppgifter (${needs}) kunde inte laddas.`,
  },
  noOptions: {
    en: 'This widget has no options: the snippet is its tag.',
    fi: 'Tällä widgetillä ei ole asetuksia: koodi on pelkkä sen tagi.',
    sv: 'Den här widgeten har inga inställningar: koden är bara dess tagg.',
  },
  moreOptions: { en: 'More options', fi: 'Lisää asetuksia', sv: 'Fler inställningar' },
  moreOptionsHint: {
    en: 'Every other attribute of the widget, as its documentation describes it (in English). Leave a field empty for the default.',
    fi: 'Widgetin muut attribuutit sen dokumentaation mukaan (englanniksi). Jätä kenttä tyhjäksi, niin käytetään oletusta.',
    sv: 'Widgetens övriga attribut enligt dess dokumentation (på engelska). Lämna ett fält tomt för standardvärdet.',
  },
  byDefault: { en: '(default)', fi: '(oletus)', sv: '(standard)' },
  defaultIs: { en: (value) => `Default: ${value}.`, fi: (value) => `Oletus: ${value}.`, sv: (value) => `Standard: ${value}.` },
  warning: { en: 'Warning: ', fi: 'Huomio: ', sv: 'Obs: ' },
  copied: { en: 'Snippet copied.', fi: 'Koodi kopioitu.', sv: 'Koden har kopierats.' },
  notCopied: {
    en: 'Could not copy automatically. The snippet is selected: press Ctrl+C (on a Mac, Command+C) to copy it.',
    fi: 'Automaattinen kopiointi ei onnistunut. Koodi on valittuna: kopioi se painamalla Ctrl+C (Macissa Komento+C).',
    sv: 'Det gick inte att kopiera automatiskt. Koden är markerad: tryck Ctrl+C (på Mac Kommando+C) för att kopiera den.',
  },
  someDataFailed: {
    en: 'Some data could not be loaded. ',
    fi: 'Osaa tiedoista ei voitu ladata. ',
    sv: 'En del uppgifter kunde inte laddas. ',
  },
  someDataFailedMore: {
    en: 'Widgets that need it are not available. ',
    fi: 'Widgetit, jotka tarvitsevat niitä, eivät ole käytettävissä. ',
    sv: 'Widgetar som behöver dem är inte tillgängliga. ',
  },
  manifestFailed: {
    en: 'The list of all options could not be loaded. ',
    fi: 'Kaikkien asetusten luetteloa ei voitu ladata. ',
    sv: 'Listan över alla inställningar kunde inte laddas. ',
  },
  manifestFailedMore: {
    en: 'Only the main options are shown. ',
    fi: 'Vain tärkeimmät asetukset näytetään. ',
    sv: 'Bara de viktigaste inställningarna visas. ',
  },
  embedFailed: {
    en: 'The widgets could not be loaded, so the preview stays empty. ',
    fi: 'Widgetejä ei voitu ladata, joten esikatselu jää tyhjäksi. ',
    sv: 'Widgetarna kunde inte laddas, så förhandsvisningen förblir tom. ',
  },
  previewError: {
    en: (text) => `The preview shows an error: “${text}”`,
    fi: (text) => `Esikatselu näyttää virheen: ”${text}”`,
    sv: (text) => `Förhandsvisningen visar ett fel: ”${text}”`,
  },
  scriptEmpty: {
    en: 'The address of the widget script is empty: the placeholder is used.',
    fi: 'Widget-skriptin osoite on tyhjä: koodissa käytetään esimerkkiosoitetta.',
    sv: 'Widgetskriptets adress är tom: exempeladressen används i koden.',
  },
  scriptNotHttps: {
    en: 'The address of the widget script must start with https://. The placeholder is used instead.',
    fi: 'Widget-skriptin osoitteen pitää alkaa https://. Koodissa käytetään sen sijaan esimerkkiosoitetta.',
    sv: 'Widgetskriptets adress måste börja med https://. Exempeladressen används i stället.',
  },
  scriptPlaceholder: {
    en: 'The address of the widget script is still the placeholder (cdn.example.org). Put in your site’s real address before publishing.',
    fi: 'Widget-skriptin osoite on yhä esimerkkiosoite (cdn.example.org). Vaihda tilalle sivustosi oikea osoite ennen julkaisua.',
    sv: 'Widgetskriptets adress är fortfarande exempeladressen (cdn.example.org). Byt till webbplatsens riktiga adress före publiceringen.',
  },
  scriptHttp: {
    en: 'The widget script address starts with http://: browsers block it on an https page. Use https://.',
    fi: 'Widget-skriptin osoite alkaa http://: selaimet estävät sen https-sivulla. Käytä osoitetta, joka alkaa https://.',
    sv: 'Widgetskriptets adress börjar med http://: webbläsare blockerar den på en https-sida. Använd https://.',
  },
  addressLeftOut: {
    en: (name) => `The address in ${name} must start with https:// or be a path such as /en/page. It is left out of the snippet.`,
    fi: (name) => `Kentän ${name} osoitteen pitää alkaa https:// tai olla polku, kuten /fi/sivu. Se jätetään pois koodista.`,
    sv: (name) => `Adressen i ${name} måste börja med https:// eller vara en sökväg som /sv/sida. Den lämnas bort ur koden.`,
  },
  numberLeftOut: {
    en: (name) => `${name} should be a number. It is left out of the snippet.`,
    fi: (name) => `Kentän ${name} arvon pitää olla luku. Se jätetään pois koodista.`,
    sv: (name) => `Värdet i ${name} ska vara ett tal. Det lämnas bort ur koden.`,
  },

  // Shared option words
  headingLevel: { en: 'Heading level', fi: 'Otsikkotaso', sv: 'Rubriknivå' },
  headingLevelHint: {
    en: 'The title becomes a heading of this level. Choose the one that fits your page’s outline: one level below the heading above the widget.',
    fi: 'Otsikosta tulee tämän tason otsikko. Valitse sivusi rakenteeseen sopiva: yhtä tasoa alempi kuin widgetin yläpuolella oleva otsikko.',
    sv: 'Rubriken blir en rubrik på den här nivån. Välj den som passar sidans struktur: en nivå under rubriken ovanför widgeten.',
  },
  usual: { en: (n) => `${n} (the usual)`, fi: (n) => `${n} (tavallisin)`, sv: (n) => `${n} (det vanliga)` },
  urlState: {
    en: 'Keep the filters in the page address',
    fi: 'Säilytä suodattimet sivun osoitteessa',
    sv: 'Behåll filtren i sidans adress',
  },
  urlStateListHint: {
    en: 'A resident can then share a filtered view, and the Back button returns to the previous filters. Turn this off if the page has more than one list.',
    fi: 'Asukas voi silloin jakaa suodatetun näkymän, ja Takaisin-painike palauttaa edelliset suodattimet. Poista valinta, jos sivulla on useampi lista.',
    sv: 'Invånaren kan då dela en filtrerad vy, och Bakåt-knappen återställer de tidigare filtren. Avmarkera om sidan har mer än en lista.',
  },
  urlStateFinderHint: {
    en: 'A resident can then share a filtered view. Turn this off if another widget on the page keeps its filters there too.',
    fi: 'Asukas voi silloin jakaa suodatetun näkymän. Poista valinta, jos jokin toinen sivun widget säilyttää suodattimensa myös siellä.',
    sv: 'Invånaren kan då dela en filtrerad vy. Avmarkera om en annan widget på sidan också sparar sina filter där.',
  },
  residentsCanChange: { en: 'Residents can still change it.', fi: 'Asukas voi silti muuttaa sitä.', sv: 'Invånaren kan ändå ändra det.' },

  // Measure card
  measure: { en: 'Measure', fi: 'Toimenpide', sv: 'Åtgärd' },
  measureHint: {
    en: 'Every measure of the programme, by its number.',
    fi: 'Ohjelman kaikki toimenpiteet numeron mukaan.',
    sv: 'Alla programmets åtgärder, efter nummer.',
  },
  variant: { en: 'Variant', fi: 'Malli', sv: 'Variant' },
  variantFull: { en: 'Full: everything on the card', fi: 'Laaja: kaikki tiedot kortilla', sv: 'Fullständig: allt på kortet' },
  variantCompact: {
    en: 'Compact: number, title and status; the rest behind “Show details”',
    fi: 'Tiivis: numero, otsikko ja tila; muut tiedot ”Näytä tiedot” -painikkeen takana',
    sv: 'Kompakt: nummer, rubrik och status; resten bakom ”Visa detaljer”',
  },

  // Measure explorer
  startTheme: { en: 'Start with the theme', fi: 'Aloita teemasta', sv: 'Börja med temat' },
  allThemes: { en: 'All themes', fi: 'Kaikki teemat', sv: 'Alla teman' },
  startResponsible: {
    en: 'Start with measures that this organisation is responsible for',
    fi: 'Aloita toimenpiteistä, joista tämä organisaatio vastaa',
    sv: 'Börja med åtgärder som den här organisationen ansvarar för',
  },
  startResponsibleHint: {
    en: 'For a division’s own page. Residents can still change it.',
    fi: 'Toimialan omalle sivulle. Asukas voi silti muuttaa sitä.',
    sv: 'För en sektors egen sida. Invånaren kan ändå ändra det.',
  },
  anyone: { en: 'Anyone', fi: 'Kuka tahansa', sv: 'Vem som helst' },
  listStartsEmpty: {
    en: 'No measure of this theme has this organisation as responsible: the list will start empty. Choose another theme or organisation.',
    fi: 'Tämän teeman toimenpiteistä mikään ei ole tämän organisaation vastuulla: lista on aluksi tyhjä. Valitse toinen teema tai organisaatio.',
    sv: 'Ingen åtgärd i det här temat har den här organisationen som ansvarig: listan blir tom från början. Välj ett annat tema eller en annan organisation.',
  },

  // Programme summary
  explorerUrl: {
    en: 'Address of the page with the measure explorer',
    fi: 'Toimenpiteiden selaimen sivun osoite',
    sv: 'Adressen till sidan med åtgärdsutforskaren',
  },
  explorerUrlHint: {
    en: 'Each theme links to that page, filtered by the theme. A full address (https://…) or a path on your site (/en/…). Leave empty to link to the same page.',
    fi: 'Jokainen teema linkittää sille sivulle teemalla suodatettuna. Koko osoite (https://…) tai polku sivustollasi (/fi/…). Jätä tyhjäksi, niin linkit vievät samalle sivulle.',
    sv: 'Varje tema länkar till den sidan, filtrerad efter temat. En hel adress (https://…) eller en sökväg på din webbplats (/sv/…). Lämna tomt för att länka till samma sida.',
  },
  explorerUrlBad: {
    en: 'The explorer address must start with https:// or be a path such as /en/measures. Other kinds of address are not linked, so it is left out of the snippet.',
    fi: 'Selaimen osoitteen pitää alkaa https:// tai olla polku, kuten /fi/toimenpiteet. Muunlaisia osoitteita ei linkitetä, joten se jätetään pois koodista.',
    sv: 'Utforskarens adress måste börja med https:// eller vara en sökväg som /sv/atgarder. Andra slags adresser länkas inte, så den lämnas bort ur koden.',
  },

  // Indicator chart
  whatToShow: { en: 'What to show', fi: 'Mitä näytetään', sv: 'Vad som visas' },
  anIndicator: { en: 'An indicator of the programme', fi: 'Ohjelman mittari', sv: 'En indikator i programmet' },
  aTable: {
    en: 'A statistics table (JSON-stat, such as PxWeb)',
    fi: 'Tilastotaulukko (JSON-stat, esimerkiksi PxWeb)',
    sv: 'En statistiktabell (JSON-stat, till exempel PxWeb)',
  },
  exampleValues: { en: '(example values)', fi: '(esimerkkiarvot)', sv: '(exempelvärden)' },
  indicator: { en: 'Indicator', fi: 'Mittari', sv: 'Indikator' },
  indicatorHint: {
    en: 'The programme publishes no values yet: a chart of a real indicator says “No data published yet.”',
    fi: 'Ohjelma ei vielä julkaise arvoja: oikean mittarin kaaviossa lukee, ettei tietoja ole vielä julkaistu.',
    sv: 'Programmet publicerar ännu inga värden: ett diagram över en riktig indikator säger att inga uppgifter har publicerats ännu.',
  },
  exampleNotice: { en: 'Example values are made up. ', fi: 'Esimerkkiarvot ovat keksittyjä. ', sv: 'Exempelvärdena är påhittade. ' },
  exampleNoticeMore: {
    en: 'Indicators marked “(example values)” are shown with the example data package. Its figures are invented for demonstrations: never publish a snippet with example values.',
    fi: 'Merkinnällä ”(esimerkkiarvot)” varustetut mittarit näytetään esimerkkiaineistolla. Sen luvut on keksitty esittelyä varten: älä koskaan julkaise koodia, jossa on esimerkkiarvoja.',
    sv: 'Indikatorer märkta ”(exempelvärden)” visas med exempeldata. Siffrorna är påhittade för demonstrationer: publicera aldrig en kod med exempelvärden.',
  },
  groupMonitoring: { en: 'Monitoring the programme', fi: 'Ohjelman seuranta', sv: 'Uppföljning av programmet' },
  groupMeasure: { en: 'Indicators of measures', fi: 'Toimenpiteiden mittarit', sv: 'Åtgärdernas indikatorer' },
  groupEducation: {
    en: 'The Education Division’s plan',
    fi: 'Kasvatuksen ja koulutuksen toimialan suunnitelma',
    sv: 'Fostrans- och utbildningssektorns plan',
  },
  jsonstat: { en: 'Address of the JSON-stat dataset', fi: 'JSON-stat-aineiston osoite', sv: 'JSON-stat-datamängdens adress' },
  jsonstatHint: {
    en: 'A JSON-stat 2.0 address starting with https://.',
    fi: 'JSON-stat 2.0 -osoite, joka alkaa https://.',
    sv: 'En JSON-stat 2.0-adress som börjar med https://.',
  },
  series: { en: 'Series (optional)', fi: 'Sarjat (vapaaehtoinen)', sv: 'Serier (valfritt)' },
  seriesHint: {
    en: 'The dimension whose categories become separate lines, such as kieli.',
    fi: 'Ulottuvuus, jonka luokista tulee omat viivansa, esimerkiksi kieli.',
    sv: 'Dimensionen vars kategorier blir egna linjer, till exempel kieli.',
  },
  filter: { en: 'Filter (optional)', fi: 'Rajaus (vapaaehtoinen)', sv: 'Filter (valfritt)' },
  filterHint: {
    en: 'Fixes the other dimensions: dimension=code, separated by semicolons.',
    fi: 'Kiinnittää muut ulottuvuudet: ulottuvuus=koodi, puolipisteillä erotettuina.',
    sv: 'Låser de andra dimensionerna: dimension=kod, åtskilda med semikolon.',
  },
  exampleWarning: {
    en: 'Example values: this indicator is shown with the example data package. Its values are made up. Do not publish this snippet.',
    fi: 'Esimerkkiarvot: tämä mittari näytetään esimerkkiaineistolla. Sen arvot ovat keksittyjä. Älä julkaise tätä koodia.',
    sv: 'Exempelvärden: den här indikatorn visas med exempeldata. Värdena är påhittade. Publicera inte den här koden.',
  },
  jsonstatEmpty: {
    en: 'Enter the address of a JSON-stat dataset: without it the chart has nothing to show.',
    fi: 'Anna JSON-stat-aineiston osoite: ilman sitä kaaviossa ei ole mitään näytettävää.',
    sv: 'Ange adressen till en JSON-stat-datamängd: utan den har diagrammet inget att visa.',
  },
  jsonstatNotHttps: {
    en: 'The dataset address must start with https://. It is left out of the snippet.',
    fi: 'Aineiston osoitteen pitää alkaa https://. Se jätetään pois koodista.',
    sv: 'Datamängdens adress måste börja med https://. Den lämnas bort ur koden.',
  },
  jsonstatHttp: {
    en: 'The dataset address starts with http://: browsers block it on an https page. Use https://.',
    fi: 'Aineiston osoite alkaa http://: selaimet estävät sen https-sivulla. Käytä osoitetta, joka alkaa https://.',
    sv: 'Datamängdens adress börjar med http://: webbläsare blockerar den på en https-sida. Använd https://.',
  },
  filterBad: {
    en: 'The filter should look like dimension=code;dimension=code. The chart will show an error with this filter.',
    fi: 'Rajauksen pitää olla muotoa ulottuvuus=koodi;ulottuvuus=koodi. Tällä rajauksella kaavio näyttää virheen.',
    sv: 'Filtret ska se ut som dimension=kod;dimension=kod. Med det här filtret visar diagrammet ett fel.',
  },

  // Service finder and card
  onlyTopics: { en: 'Only these topics', fi: 'Vain nämä aiheet', sv: 'Bara de här ämnena' },
  noneForAllTopics: {
    en: 'Choose none for all topics.',
    fi: 'Jos et valitse mitään, mukana ovat kaikki aiheet.',
    sv: 'Välj inget för alla ämnen.',
  },
  onlyFor: { en: 'Only services for', fi: 'Vain palvelut, jotka on tarkoitettu', sv: 'Bara tjänster för' },
  noneForEveryone: { en: 'Choose none for everyone.', fi: 'Jos et valitse mitään, mukana ovat kaikki.', sv: 'Välj inget för alla.' },
  onlyIn: { en: 'Only services given in', fi: 'Vain palvelut, joita saa kielellä', sv: 'Bara tjänster som ges på' },
  noneForAnyLanguage: {
    en: 'Choose none for any language.',
    fi: 'Jos et valitse mitään, mukana ovat kaikki kielet.',
    sv: 'Välj inget för alla språk.',
  },
  district: { en: 'Start from the district', fi: 'Aloita alueesta', sv: 'Börja från området' },
  districtHint: {
    en: 'Results can be ordered by distance from it.',
    fi: 'Tulokset voi järjestää etäisyyden mukaan siitä.',
    sv: 'Resultaten kan ordnas efter avståndet därifrån.',
  },
  none: { en: 'None', fi: 'Ei mitään', sv: 'Inget' },
  noServiceMatches: {
    en: 'No service matches all of these choices together: the finder will start with no results. Choose fewer.',
    fi: 'Mikään palvelu ei vastaa kaikkia näitä valintoja yhdessä: haussa ei ole aluksi tuloksia. Valitse vähemmän.',
    sv: 'Ingen tjänst motsvarar alla de här valen tillsammans: sökningen börjar utan resultat. Välj färre.',
  },
  service: { en: 'Service', fi: 'Palvelu', sv: 'Tjänst' },

  // Sign
  sign: { en: 'Sign', fi: 'Kyltti', sv: 'Skylt' },
  signLanguages: { en: 'Languages on the sign', fi: 'Kyltin kielet', sv: 'Språk på skylten' },
  signLanguagesHint: {
    en: 'The sign shows the languages in the order you choose them. You can change the order below.',
    fi: 'Kyltissä kielet ovat siinä järjestyksessä, jossa valitset ne. Voit muuttaa järjestystä alla.',
    sv: 'Skylten visar språken i den ordning du väljer dem. Du kan ändra ordningen nedan.',
  },
  orderTitle: { en: 'Order on the sign', fi: 'Järjestys kyltissä', sv: 'Ordning på skylten' },
  nowNumber: {
    en: (name, n) => `${name} is now number ${n}.`,
    fi: (name, n) => `${name} on nyt numero ${n}.`,
    sv: (name, n) => `${name} är nu nummer ${n}.`,
  },
  moveUp: { en: 'Move up', fi: 'Siirrä ylös', sv: 'Flytta upp' },
  moveDown: { en: 'Move down', fi: 'Siirrä alas', sv: 'Flytta ned' },
  noLanguage: { en: 'No language chosen.', fi: 'Kieltä ei ole valittu.', sv: 'Inget språk har valts.' },
  arrow: { en: 'Arrow', fi: 'Nuoli', sv: 'Pil' },
  arrowHint: {
    en: 'The arrow points the same way on every page, whatever the language.',
    fi: 'Nuoli osoittaa samaan suuntaan kaikilla sivuilla kielestä riippumatta.',
    sv: 'Pilen pekar åt samma håll på alla sidor, oavsett språk.',
  },
  templateArrow: {
    en: (arrow) => `The template’s own (${arrow})`,
    fi: (arrow) => `Mallin oma (${arrow})`,
    sv: (arrow) => `Mallens egen (${arrow})`,
  },
  arrowNone: { en: 'No arrow', fi: 'Ei nuolta', sv: 'Ingen pil' },
  arrowLeft: { en: 'Left', fi: 'Vasemmalle', sv: 'Vänster' },
  arrowRight: { en: 'Right', fi: 'Oikealle', sv: 'Höger' },
  arrowUp: { en: 'Up (straight ahead)', fi: 'Ylös (suoraan eteenpäin)', sv: 'Upp (rakt fram)' },
  arrowDown: { en: 'Down', fi: 'Alas', sv: 'Ned' },
  arrowUpLeft: { en: 'Up and left', fi: 'Ylös ja vasemmalle', sv: 'Upp och vänster' },
  arrowUpRight: { en: 'Up and right', fi: 'Ylös ja oikealle', sv: 'Upp och höger' },
  arrowDownLeft: { en: 'Down and left', fi: 'Alas ja vasemmalle', sv: 'Ned och vänster' },
  arrowDownRight: { en: 'Down and right', fi: 'Alas ja oikealle', sv: 'Ned och höger' },
  size: { en: 'Size', fi: 'Koko', sv: 'Storlek' },
  sizeScreen: { en: 'On screen (fits the page)', fi: 'Näytöllä (sovitetaan sivuun)', sv: 'På skärmen (anpassas till sidan)' },
  sizeA4: { en: 'A4 sheet, for printing', fi: 'A4-arkki tulostettavaksi', sv: 'A4-ark för utskrift' },
  sizeA3: { en: 'A3 sheet, for printing', fi: 'A3-arkki tulostettavaksi', sv: 'A3-ark för utskrift' },
  orientation: { en: 'Orientation of the sheet', fi: 'Arkin suunta', sv: 'Arkets orientering' },
  orientationHint: { en: 'For A4 and A3 only.', fi: 'Vain A4- ja A3-arkeille.', sv: 'Bara för A4 och A3.' },
  portrait: { en: 'Portrait (upright)', fi: 'Pysty', sv: 'Stående' },
  landscape: { en: 'Landscape (sideways)', fi: 'Vaaka', sv: 'Liggande' },
  colours: { en: 'Colours', fi: 'Värit', sv: 'Färger' },
  blackOnWhite: { en: 'Black on white', fi: 'Musta valkoisella', sv: 'Svart på vitt' },
  whiteOnBlack: { en: 'White on black', fi: 'Valkoinen mustalla', sv: 'Vitt på svart' },
  distance: { en: 'Viewing distance (optional)', fi: 'Lukuetäisyys (vapaaehtoinen)', sv: 'Läsavstånd (valfritt)' },
  distanceHint: {
    en: 'How far away the sign is read from, such as 5m or 300cm: sets the printed letter size. Leave empty for the largest letters that fit the sheet.',
    fi: 'Kuinka kaukaa kylttiä luetaan, esimerkiksi 5m tai 300cm: määrää tulostetun tekstin koon. Jätä tyhjäksi, niin teksti on niin suurta kuin arkille mahtuu.',
    sv: 'Hur långt ifrån skylten läses, till exempel 5m eller 300cm: bestämmer textstorleken i utskriften. Lämna tomt för så stor text som ryms på arket.',
  },
  moreInfo: { en: 'More information (optional)', fi: 'Lisätietoja (vapaaehtoinen)', sv: 'Mer information (valfritt)' },
  moreInfoHint: {
    en: 'An https:// address of a page with the same information in more languages. It is printed as a QR code.',
    fi: 'Sellaisen sivun https://-osoite, jolla on samat tiedot useammalla kielellä. Se tulostetaan QR-koodina.',
    sv: 'En https://-adress till en sida med samma information på fler språk. Den skrivs ut som en QR-kod.',
  },
  editorCheck: {
    en: 'Show the editor’s check under the sign',
    fi: 'Näytä tarkistuslista kyltin alla',
    sv: 'Visa redaktörens kontroll under skylten',
  },
  editorCheckHint: {
    en: 'Lists what to fix before printing: long lines, capitals, missing or unreviewed translations, text that does not fit.',
    fi: 'Luettelee, mitä pitää korjata ennen tulostusta: pitkät rivit, isot kirjaimet, puuttuvat tai tarkistamattomat käännökset, teksti joka ei mahdu.',
    sv: 'Listar vad som ska rättas före utskrift: långa rader, versaler, saknade eller ogranskade översättningar, text som inte ryms.',
  },
  catSports: { en: 'Sports facilities', fi: 'Liikuntapaikat', sv: 'Idrottsplatser' },
  catLibrary: { en: 'Libraries', fi: 'Kirjastot', sv: 'Bibliotek' },
  catGeneral: { en: 'Any building', fi: 'Kaikki rakennukset', sv: 'Alla byggnader' },
  signNoLanguage: {
    en: (list) => `No language chosen: the sign will show its default languages, ${list}.`,
    fi: (list) => `Kieltä ei ole valittu: kyltissä ovat sen oletuskielet, ${list}.`,
    sv: (list) => `Inget språk har valts: skylten visar sina standardspråk, ${list}.`,
  },
  signMissing: {
    en: (sign, list, n) =>
      `The sign “${sign}” has no text in ${list}: the sign will show an error for ${n === 1 ? 'that language' : 'those languages'}.`,
    fi: (sign, list, n) =>
      `Kyltissä ”${sign}” ei ole tekstiä kielellä ${list}: kyltti näyttää virheen ${n === 1 ? 'sen kielen' : 'niiden kielten'} kohdalla.`,
    sv: (sign, list, n) =>
      `Skylten ”${sign}” har ingen text på ${list}: skylten visar ett fel för ${n === 1 ? 'det språket' : 'de språken'}.`,
  },
  signUnreviewed: {
    en: (list, all) =>
      `Not yet reviewed by a qualified translator: ${list}. ${all ? 'All the texts on this sign are drafts.' : 'These texts are drafts.'} Have them checked before the sign goes on a wall.`,
    fi: (list, all) =>
      `Pätevä kääntäjä ei ole vielä tarkistanut: ${list}. ${all ? 'Kaikki tämän kyltin tekstit ovat luonnoksia.' : 'Nämä tekstit ovat luonnoksia.'} Tarkistuta ne ennen kuin kyltti laitetaan seinälle.`,
    sv: (list, all) =>
      `Ännu inte granskat av en behörig översättare: ${list}. ${all ? 'Alla texter på skylten är utkast.' : 'De här texterna är utkast.'} Låt granska dem innan skylten sätts upp.`,
  },
  landscapeScreen: {
    en: 'Landscape applies only to A4 and A3 sheets: it is left out of the snippet.',
    fi: 'Vaakasuunta koskee vain A4- ja A3-arkkeja: se jätetään pois koodista.',
    sv: 'Liggande gäller bara A4- och A3-ark: det lämnas bort ur koden.',
  },
  distanceBad: {
    en: 'The viewing distance should be a number with a unit, such as 5m or 300cm. It is left out of the snippet.',
    fi: 'Lukuetäisyyden pitää olla luku ja yksikkö, esimerkiksi 5m tai 300cm. Se jätetään pois koodista.',
    sv: 'Läsavståndet ska vara ett tal med enhet, till exempel 5m eller 300cm. Det lämnas bort ur koden.',
  },
  distanceScreen: {
    en: 'The viewing distance applies only to A4 and A3 sheets: it is left out of the snippet.',
    fi: 'Lukuetäisyys koskee vain A4- ja A3-arkkeja: se jätetään pois koodista.',
    sv: 'Läsavståndet gäller bara A4- och A3-ark: det lämnas bort ur koden.',
  },
  moreInfoBad: {
    en: 'The “More information” address must start with https://. It is left out of the snippet.',
    fi: '”Lisätietoja”-osoitteen pitää alkaa https://. Se jätetään pois koodista.',
    sv: 'Adressen för ”Mer information” måste börja med https://. Den lämnas bort ur koden.',
  },
  moreInfoHttp: {
    en: 'The “More information” address starts with http://: use https:// if the page has it.',
    fi: '”Lisätietoja”-osoite alkaa http://: käytä osoitetta, joka alkaa https://, jos sivulla on sellainen.',
    sv: 'Adressen för ”Mer information” börjar med http://: använd https:// om sidan har det.',
  },

  // Term
  concept: { en: 'Concept', fi: 'Käsite', sv: 'Begrepp' },
  conceptHint: {
    en: 'The term shows the concept’s name in the page’s language.',
    fi: 'Termi näyttää käsitteen nimen sivun kielellä.',
    sv: 'Termen visar begreppets namn på sidans språk.',
  },

  // Topics and audiences of services (the service finder's own labels)
  'topic:settling-in': { en: 'Settling in', fi: 'Kotoutuminen', sv: 'Att bosätta sig' },
  'topic:work': { en: 'Work', fi: 'Työ', sv: 'Arbete' },
  'topic:education': { en: 'Education', fi: 'Koulutus', sv: 'Utbildning' },
  'topic:language-learning': {
    en: 'Learning Finnish or Swedish',
    fi: 'Suomen tai ruotsin opiskelu',
    sv: 'Att lära sig finska eller svenska',
  },
  'topic:culture': { en: 'Culture and libraries', fi: 'Kulttuuri ja kirjastot', sv: 'Kultur och bibliotek' },
  'topic:sport': { en: 'Sport and exercise', fi: 'Liikunta', sv: 'Idrott och motion' },
  'topic:health-social': { en: 'Health and social services', fi: 'Sosiaali- ja terveyspalvelut', sv: 'Social- och hälsovård' },
  'topic:housing': { en: 'Housing', fi: 'Asuminen', sv: 'Boende' },
  'topic:participation': { en: 'Taking part', fi: 'Osallistuminen', sv: 'Delaktighet' },
  'audience:everyone': { en: 'Everyone', fi: 'Kaikki', sv: 'Alla' },
  'audience:newcomers': { en: 'Newcomers to Finland', fi: 'Suomeen muuttaneet', sv: 'Nyinflyttade till Finland' },
  'audience:adults': { en: 'Adults', fi: 'Aikuiset', sv: 'Vuxna' },
  'audience:young-people': { en: 'Young people', fi: 'Nuoret', sv: 'Unga' },
  'audience:children': { en: 'Children', fi: 'Lapset', sv: 'Barn' },
  'audience:parents': { en: 'Parents', fi: 'Vanhemmat', sv: 'Föräldrar' },
  'audience:job-seekers': { en: 'Job seekers', fi: 'Työnhakijat', sv: 'Arbetssökande' },
  'audience:students': { en: 'Students', fi: 'Opiskelijat', sv: 'Studerande' },
  'audience:employers': { en: 'Employers', fi: 'Työnantajat', sv: 'Arbetsgivare' },
  'audience:entrepreneurs': { en: 'Entrepreneurs', fi: 'Yrittäjät', sv: 'Företagare' },
  'audience:seniors': { en: 'Older people', fi: 'Ikääntyneet', sv: 'Äldre' },

  // The widgets' names and lines in the chooser (English in elements.json; fi and sv here)
  'name:hki-measure-card': { en: 'Measure card', fi: 'Toimenpidekortti', sv: 'Åtgärdskort' },
  'summary:hki-measure-card': {
    fi: 'Yksi ohjelman toimenpide: mitä tehdään, sen tila, kuka vastaa ja sen mittarit.',
    sv: 'En åtgärd i programmet: vad som ska göras, dess status, vem som ansvarar och dess indikatorer.',
  },
  'name:hki-measure-list': { en: 'Measure explorer', fi: 'Toimenpiteiden selain', sv: 'Åtgärdsutforskare' },
  'summary:hki-measure-list': {
    fi: 'Kaikki toimenpiteet haun ja suodattimien kanssa. Voi alkaa rajattuna teemaan tai vastuutahoon.',
    sv: 'Alla åtgärder, med sökning och filter. Kan börja filtrerad på ett tema eller en ansvarig.',
  },
  'name:hki-programme-summary': { en: 'Programme summary', fi: 'Ohjelman yhteenveto', sv: 'Programsammanfattning' },
  'summary:hki-programme-summary': {
    fi: 'Aloitussivulle: ohjelman neljä teemaa, niiden eteneminen ja tärkeimmät luvut.',
    sv: 'För en startsida: programmets fyra teman, hur långt de har kommit och viktiga siffror.',
  },
  'name:hki-indicator-chart': { en: 'Indicator chart', fi: 'Mittarikaavio', sv: 'Indikatordiagram' },
  'summary:hki-indicator-chart': {
    fi: 'Ohjelman mittari tai tilastotaulukko kaaviona, sanallisena yhteenvetona ja taulukkona.',
    sv: 'En indikator i programmet, eller en statistiktabell, som diagram med en sammanfattning i ord och en tabell.',
  },
  'name:hki-service-finder': { en: 'Service finder', fi: 'Palveluhaku', sv: 'Tjänstesökning' },
  'summary:hki-service-finder': {
    fi: 'Asukkaat löytävät palveluja kielellä, jota he lukevat: haku, suodattimet ja aukioloajat.',
    sv: 'Invånarna hittar tjänster på ett språk de läser, med sökning, filter och öppettider.',
  },
  'name:hki-service-card': { en: 'Service card', fi: 'Palvelukortti', sv: 'Tjänstekort' },
  'summary:hki-service-card': {
    fi: 'Yksi palvelu, esimerkiksi kirjaston tai liikuntapaikan sivulle.',
    sv: 'En enskild tjänst, till exempel på ett biblioteks eller en idrottsplats sida.',
  },
  'name:hki-sign': { en: 'Plain-language sign', fi: 'Selkokielinen kyltti', sv: 'Skylt på lättläst språk' },
  'summary:hki-sign': {
    fi: 'Kyltti, jossa on kuvake ja lyhyt teksti monella kielellä, näytölle tai tulostettavaksi seinälle.',
    sv: 'En skylt med piktogram och kort text på flera språk, för skärmen eller för utskrift till en vägg.',
  },
  'name:hki-term': { en: 'Term with definition', fi: 'Termi ja sen määritelmä', sv: 'Term med definition' },
  'summary:hki-term': {
    fi: 'Yksi ohjelman käsitteistä tekstisi keskellä; asukas avaa sen määritelmän samaan kohtaan.',
    sv: 'Ett av programmets begrepp i din text; invånaren öppnar definitionen på plats.',
  },
};

/** The interface language: fi, sv or en. */
let lang = 'en';

/** The message in the interface language (English when a translation is missing), with its values. */
function t(key, ...values) {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`configurator: no message "${key}"`);
  const message = entry[lang] ?? entry.en;
  return typeof message === 'function' ? message(...values) : message;
}
/** A message to show and keep in the interface language: h() re-reads it when the language changes. */
const L =
  (key, ...values) =>
  () =>
    t(key, ...values);

/** The first of the browser's languages that the configurator speaks, else English; `?lang=` wins. */
function initialLanguage() {
  const codes = LANGUAGES.map((l) => l.code);
  const asked = new URLSearchParams(location.search).get('lang');
  const wanted = [asked, ...(navigator.languages ?? [navigator.language])].filter(Boolean);
  return wanted.map((tag) => tag.toLowerCase().split(/[-_]/)[0]).find((code) => codes.includes(code)) ?? 'en';
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Every text or attribute that follows the language: [node, update] pairs, re-run on a switch. */
let bindings = [];
function bind(node, update) {
  update();
  bindings.push([node, update]);
}
/** Re-reads every bound text in the new language (and forgets nodes no longer on the page). */
function relabel() {
  bindings = bindings.filter(([node]) => node.isConnected);
  for (const [, update] of bindings) update();
}

/**
 * Creates an element. props: `class`, `text` (textContent), `on<event>` (listener), `true` for a
 * boolean attribute; anything else becomes an attribute. A function as `text` or as an attribute's
 * value (L('key')) is re-read when the language changes. Children are nodes, strings (text) or
 * such functions.
 */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  const set = (key, value) => {
    if (key === 'text') el.textContent = value ?? '';
    else if (value === undefined || value === null || value === false) el.removeAttribute(key);
    else el.setAttribute(key, value === true ? '' : String(value));
  };
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (typeof value === 'function') bind(el, () => set(key, value()));
    else set(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'function') {
      const text = document.createTextNode('');
      bind(text, () => (text.data = child()));
      el.append(text);
    } else el.append(child);
  }
  return el;
}

/** The text of a { fi, sv, en } value in the interface language, else another. */
const local = (text) => (text && (text[lang] || text.en || text.fi || text.sv)) || '';

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

/** "A, B and C" in the interface language. */
const listInWords = (items) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

/** Names of languages in the interface language, from the browser (Intl). */
const languageNames = {};
function languageName(code) {
  try {
    languageNames[lang] ??= new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
    return languageNames[lang].of(code) ?? code;
  } catch {
    return code;
  }
}

/** Sorts by a label in the interface language's order. */
const byLabel = (label) => (a, b) => label(a).localeCompare(label(b), lang);

// ---------------------------------------------------------------------------------------------
// Form controls. Every control has a visible <label> (or a <legend> for a group) and its hint is
// tied to it with aria-describedby. Labels and hints may be L('key') functions.
// ---------------------------------------------------------------------------------------------

/** A labelled control with an optional hint between the label and the control. */
function field(label, control, hint, { hintLang } = {}) {
  const hintId = hint ? `${control.id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    hint ? h('p', { class: 'hint', id: hintId, lang: hintLang }, hint) : null,
    control,
  );
}

/** A <select>. choices: { value, label, group? }; choices with a group go into an <optgroup>. */
function selectControl(id, choices, selected) {
  const select = h('select', { id });
  let group;
  let groupLabel;
  for (const choice of choices) {
    const option = h('option', { value: choice.value, selected: choice.value === selected, text: choice.label });
    if (choice.group) {
      const label = typeof choice.group === 'function' ? choice.group() : choice.group;
      if (groupLabel !== label) {
        groupLabel = label;
        group = h('optgroup', { label: choice.group });
        select.append(group);
      }
      group.append(option);
    } else {
      group = undefined;
      groupLabel = undefined;
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
    inputmode: type === 'url' ? 'url' : type === 'number' ? 'numeric' : undefined,
  });
}

/**
 * A fieldset of radio buttons or checkboxes. choices: { value, label } where label may be a node
 * or an L('key'). Returns the fieldset and helpers to read it.
 */
function choiceGroup(id, legend, choices, { type = 'radio', checked = [], hint, inline = false } = {}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const fieldset = h(
    'fieldset',
    { id, class: `choice-group${inline ? ' inline' : ''}`, 'aria-describedby': hintId },
    h('legend', {}, legend),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
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
function toggleControl(id, label, { checked = false, hint, hintLang } = {}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const input = h('input', { type: 'checkbox', id, checked, 'aria-describedby': hintId });
  const wrapper = h(
    'div',
    { class: 'field' },
    h('div', { class: 'choice' }, input, h('label', { for: id }, label)),
    hint ? h('p', { class: 'hint after', id: hintId, lang: hintLang }, hint) : null,
  );
  return { wrapper, input };
}

/** A heading level select, 1–6. */
function headingLevelControl(id, fallback) {
  return selectControl(
    id,
    [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: n === fallback ? L('usual', n) : String(n) })),
    String(fallback),
  );
}

// ---------------------------------------------------------------------------------------------
// Words for the data's codes. The data package names measures, themes, organisations, indicators,
// concepts, districts and services itself; the codes below are named only in the widgets' own
// interface strings, so their words are in MESSAGES.
// ---------------------------------------------------------------------------------------------

const TOPICS = ['settling-in', 'work', 'education', 'language-learning', 'culture', 'sport', 'health-social', 'housing', 'participation'];
const AUDIENCES = [
  'everyone',
  'newcomers',
  'adults',
  'young-people',
  'children',
  'parents',
  'job-seekers',
  'students',
  'employers',
  'entrepreneurs',
  'seniors',
];

/** The sign languages: their names in fi, sv and en, and the language's own name (shown with its lang and dir). */
const SIGN_LANGUAGES = {
  'fi-x-plain': { name: { en: 'Plain Finnish', fi: 'selkosuomi', sv: 'lättläst finska' }, own: 'selkosuomi', lang: 'fi' },
  'sv-x-plain': { name: { en: 'Plain Swedish', fi: 'selkoruotsi', sv: 'lättläst svenska' }, own: 'lättläst svenska', lang: 'sv' },
  fi: { name: { en: 'Finnish', fi: 'suomi', sv: 'finska' }, own: 'suomi' },
  sv: { name: { en: 'Swedish', fi: 'ruotsi', sv: 'svenska' }, own: 'svenska' },
  en: { name: { en: 'English', fi: 'englanti', sv: 'engelska' }, own: 'English' },
  ar: { name: { en: 'Arabic', fi: 'arabia', sv: 'arabiska' }, own: 'العربية', dir: 'rtl' },
  so: { name: { en: 'Somali', fi: 'somali', sv: 'somaliska' }, own: 'Soomaali' },
  fa: { name: { en: 'Persian (Farsi)', fi: 'persia (farsi)', sv: 'persiska (farsi)' }, own: 'فارسی', dir: 'rtl' },
  prs: { name: { en: 'Dari', fi: 'dari', sv: 'dari' }, own: 'دری', dir: 'rtl' },
  ckb: { name: { en: 'Kurdish (Sorani)', fi: 'kurdi (sorani)', sv: 'kurdiska (sorani)' }, own: 'کوردیی ناوەندی', dir: 'rtl' },
  ru: { name: { en: 'Russian', fi: 'venäjä', sv: 'ryska' }, own: 'русский' },
  et: { name: { en: 'Estonian', fi: 'viro', sv: 'estniska' }, own: 'eesti' },
  uk: { name: { en: 'Ukrainian', fi: 'ukraina', sv: 'ukrainska' }, own: 'українська' },
};
const signLanguageName = (code) => (SIGN_LANGUAGES[code] ? local(SIGN_LANGUAGES[code].name) : languageName(code));

/** The sign element's default languages (when the attribute is left out). */
const SIGN_DEFAULT_LANGUAGES = ['fi-x-plain', 'sv-x-plain', 'en'];

const SIGN_CATEGORIES = { sports: 'catSports', library: 'catLibrary', general: 'catGeneral' };

const ARROWS = [
  ['none', 'arrowNone'],
  ['left', 'arrowLeft'],
  ['right', 'arrowRight'],
  ['up', 'arrowUp'],
  ['down', 'arrowDown'],
  ['up-left', 'arrowUpLeft'],
  ['up-right', 'arrowUpRight'],
  ['down-left', 'arrowDownLeft'],
  ['down-right', 'arrowDownRight'],
];

const INDICATOR_GROUPS = { monitoring: 'groupMonitoring', measure: 'groupMeasure', 'education-plan': 'groupEducation' };

/** The viewing distance the sign understands: "5m", "300cm", "4,5 m" (as the element parses it). */
const DISTANCE = /^\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|m)?\s*$/i;

// ---------------------------------------------------------------------------------------------
// The widgets' hand-made options. The widgets themselves, their order and their names and lines
// for the chooser come from elements.js, generated from the one list of elements (elements.json at
// the root of the repository); every attribute comes from the manifest. Here a widget has only
// what the manifest cannot say: build() makes the controls whose choices come from the data, with
// `handles`, the attributes they stand for, and returns read(): those attributes for the snippet
// (only the non-default ones), the attributes for the preview when they differ, and warnings in
// plain words. Every other attribute gets a control made from the manifest (manifestControl).
// ---------------------------------------------------------------------------------------------

/** Attributes the configurator never offers, by tag, with the reason. */
const HIDDEN = {
  // Set by the configurator itself when an indicator has example values (the example package).
  'hki-indicator-chart': ['src'],
};

const OPTIONS = [
  {
    tag: 'hki-measure-card',
    needs: ['programme'],
    handles: ['measure', 'variant', 'heading-level'],
    build({ programme }, id) {
      const measure = selectControl(
        id('measure'),
        programme.measures.map((m) => ({ value: m.id, label: () => `${m.id} — ${local(m.title)}` })),
        programme.measures[0]?.id,
      );
      const variant = choiceGroup(
        id('variant'),
        L('variant'),
        [
          { value: 'full', label: L('variantFull') },
          { value: 'compact', label: L('variantCompact') },
        ],
        { checked: ['full'] },
      );
      const level = headingLevelControl(id('heading-level'), 3);
      return {
        controls: [
          field(L('measure'), measure, L('measureHint')),
          variant.fieldset,
          field(L('headingLevel'), level, L('headingLevelHint')),
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
    handles: ['theme', 'responsible', 'url-state'],
    build({ programme }, id) {
      const theme = selectControl(
        id('theme'),
        [
          { value: '', label: L('allThemes') },
          ...programme.themes.map((th) => ({ value: th.id, label: () => `${th.number}. ${local(th.title)}` })),
        ],
        '',
      );
      // Only organisations that are responsible for at least one measure: any other gives no results.
      const responsibleIds = new Set(programme.measures.flatMap((m) => m.responsibleIds ?? []));
      const organisations = programme.organisations.filter((o) => responsibleIds.has(o.id)).sort(byLabel((o) => local(o.name)));
      const responsible = selectControl(
        id('responsible'),
        [{ value: '', label: L('anyone') }, ...organisations.map((o) => ({ value: o.id, label: () => local(o.name) }))],
        '',
      );
      const urlState = toggleControl(id('url-state'), L('urlState'), { checked: true, hint: L('urlStateListHint') });
      const setTheme = new Map(programme.measureSets.map((s) => [s.id, s.themeId]));
      return {
        controls: [
          field(L('startTheme'), theme, L('residentsCanChange')),
          field(L('startResponsible'), responsible, L('startResponsibleHint')),
          urlState.wrapper,
        ],
        read() {
          const warnings = [];
          if (theme.value && responsible.value) {
            const matches = programme.measures.filter(
              (m) => setTheme.get(m.setId) === theme.value && m.responsibleIds?.includes(responsible.value),
            );
            if (matches.length === 0) warnings.push(t('listStartsEmpty'));
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
    handles: ['explorer-url'],
    build(_data, id) {
      const explorer = textControl(id('explorer-url'), { placeholder: '/en/integration-programme/measures' });
      return {
        controls: [field(L('explorerUrl'), explorer, L('explorerUrlHint'))],
        read() {
          const value = explorer.value.trim();
          if (value && hasScheme(value) && !httpUrl(value)) return { attrs: [], warnings: [t('explorerUrlBad')] };
          return { attrs: unlessDefault('explorer-url', value, '') };
        },
      };
    },
  },
  {
    tag: 'hki-indicator-chart',
    needs: ['programme'],
    handles: ['indicator', 'jsonstat', 'series', 'filter'],
    build({ programme, example }, id) {
      // Indicators that have values in the example package are marked; choosing one uses that package.
      const exampleValues = new Set((example?.indicators ?? []).filter((i) => i.observations?.length).map((i) => i.id));
      const source = choiceGroup(
        id('source'),
        L('whatToShow'),
        [
          { value: 'indicator', label: L('anIndicator') },
          { value: 'jsonstat', label: L('aTable') },
        ],
        { checked: ['indicator'] },
      );
      const indicator = selectControl(
        id('indicator'),
        programme.indicators.map((i) => ({
          value: i.id,
          label: () => `${i.id} — ${local(i.name)}${exampleValues.has(i.id) ? ` ${t('exampleValues')}` : ''}`,
          group: INDICATOR_GROUPS[i.group] ? L(INDICATOR_GROUPS[i.group]) : i.group,
        })),
        programme.indicators[0]?.id,
      );
      const jsonstat = textControl(id('jsonstat'), { type: 'url', placeholder: 'https://…/table.json' });
      const series = textControl(id('series'));
      const filter = textControl(id('filter'), { placeholder: 'alue=091;tiedot=share' });
      const indicatorPart = h(
        'div',
        { class: 'subgroup' },
        field(L('indicator'), indicator, L('indicatorHint')),
        h('p', { class: 'notice' }, h('strong', { text: L('exampleNotice') }), L('exampleNoticeMore')),
      );
      const jsonstatPart = h(
        'div',
        { class: 'subgroup' },
        field(L('jsonstat'), jsonstat, L('jsonstatHint')),
        field(L('series'), series, L('seriesHint')),
        field(L('filter'), filter, L('filterHint')),
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
            warnings.push(t('exampleWarning'));
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
          if (!address) warnings.push(t('jsonstatEmpty'));
          else if (!url) warnings.push(t('jsonstatNotHttps'));
          else {
            attrs.push(['jsonstat', address]);
            if (url.protocol === 'http:') warnings.push(t('jsonstatHttp'));
          }
          attrs.push(...unlessDefault('series', series.value.trim(), ''));
          const filterText = filter.value.trim();
          if (filterText && !/^\s*[^=;\s]+\s*=\s*[^=;]+(\s*;\s*[^=;\s]+\s*=\s*[^=;]+)*\s*;?\s*$/.test(filterText)) {
            warnings.push(t('filterBad'));
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
    handles: ['topics', 'audiences', 'languages', 'district', 'url-state'],
    build({ services }, id) {
      const list = services.services;
      const topicCodes = TOPICS.filter((code) => list.some((s) => s.topics.includes(code)));
      const audienceCodes = AUDIENCES.filter((code) => list.some((s) => s.audiences.includes(code)));
      const languageCodes = [...new Set(list.flatMap((s) => s.languages.map((l) => l.code)))].sort(byLabel(languageName));
      const topics = choiceGroup(
        id('topics'),
        L('onlyTopics'),
        topicCodes.map((code) => ({ value: code, label: L(`topic:${code}`) })),
        { type: 'checkbox', hint: L('noneForAllTopics') },
      );
      const audiences = choiceGroup(
        id('audiences'),
        L('onlyFor'),
        audienceCodes.map((code) => ({ value: code, label: L(`audience:${code}`) })),
        { type: 'checkbox', hint: L('noneForEveryone') },
      );
      const languages = choiceGroup(
        id('languages'),
        L('onlyIn'),
        languageCodes.map((code) => ({ value: code, label: () => `${languageName(code)} (${code})` })),
        { type: 'checkbox', hint: L('noneForAnyLanguage') },
      );
      const district = selectControl(
        id('district'),
        [{ value: '', label: L('none') }, ...services.districts.map((d) => ({ value: d.id, label: () => local(d.name) }))],
        '',
      );
      const urlState = toggleControl(id('url-state'), L('urlState'), { checked: true, hint: L('urlStateFinderHint') });
      return {
        controls: [
          topics.fieldset,
          audiences.fieldset,
          languages.fieldset,
          field(L('district'), district, L('districtHint')),
          urlState.wrapper,
        ],
        read() {
          const [tp, au, la] = [topics.values(), audiences.values(), languages.values()];
          const warnings = [];
          // The finder's presets: any of the chosen within a group, every group at once.
          const matches = list.filter(
            (s) =>
              (!tp.length || s.topics.some((x) => tp.includes(x))) &&
              (!au.length || s.audiences.some((x) => au.includes(x))) &&
              (!la.length || s.languages.some((x) => la.includes(x.code))),
          );
          if (matches.length === 0) warnings.push(t('noServiceMatches'));
          const attrs = [
            ...unlessDefault('topics', tp.join(' '), ''),
            ...unlessDefault('audiences', au.join(' '), ''),
            ...unlessDefault('languages', la.join(' '), ''),
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
    handles: ['service'],
    build({ services }, id) {
      const sorted = [...services.services].sort(byLabel((s) => local(s.name)));
      const service = selectControl(
        id('service'),
        sorted.map((s) => ({ value: s.id, label: () => local(s.name) })),
        sorted[0]?.id,
      );
      return {
        controls: [field(L('service'), service)],
        read: () => ({ attrs: [['service', service.value]] }),
      };
    },
  },
  {
    tag: 'hki-sign',
    needs: ['signs'],
    handles: ['sign', 'languages', 'arrow', 'size', 'orientation', 'viewing-distance', 'scheme', 'more-info', 'editor'],
    build({ signs }, id) {
      const templates = new Map(signs.signs.map((s) => [s.id, s]));
      const ordered = Object.keys(SIGN_CATEGORIES).flatMap((c) => signs.signs.filter((s) => s.category === c));
      ordered.push(...signs.signs.filter((s) => !ordered.includes(s)));
      const sign = selectControl(
        id('sign'),
        ordered.map((s) => ({
          value: s.id,
          label: () => `${local(s.text) || s.id} (${s.id})`,
          group: SIGN_CATEGORIES[s.category] ? L(SIGN_CATEGORIES[s.category]) : s.category,
        })),
        ordered[0]?.id,
      );

      // Languages: checkboxes in the data's order; the sign shows them in the order they were chosen.
      const codes = signs.locales ?? Object.keys(SIGN_LANGUAGES);
      const chosen = codes
        .filter((c) => SIGN_DEFAULT_LANGUAGES.includes(c))
        .sort((x, y) => SIGN_DEFAULT_LANGUAGES.indexOf(x) - SIGN_DEFAULT_LANGUAGES.indexOf(y));
      const languages = choiceGroup(
        id('languages'),
        L('signLanguages'),
        codes.map((code) => {
          const info = SIGN_LANGUAGES[code];
          const label = h('span', {}, () => signLanguageName(code));
          if (info?.own) {
            // The language's own name too, unless it is the same word ("suomi" on a Finnish page).
            const own = h('span', { lang: info.lang ?? code, dir: info.dir ?? 'ltr', text: info.own });
            const dash = document.createTextNode('');
            label.append(dash, own);
            bind(dash, () => {
              const same = signLanguageName(code).toLowerCase() === info.own.toLowerCase();
              dash.data = same ? '' : ' — ';
              own.hidden = same;
            });
          }
          return { value: code, label };
        }),
        { type: 'checkbox', checked: chosen, hint: L('signLanguagesHint') },
      );
      const orderList = h('ol', { class: 'order-list', id: id('order') });
      const orderStatus = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
      const orderPart = h(
        'div',
        { class: 'order' },
        h('p', { class: 'order-title', id: id('order-title'), text: L('orderTitle') }),
        orderList,
        orderStatus,
      );
      orderList.setAttribute('aria-labelledby', id('order-title'));

      /** Redraws the order list; focus returns to the button of the language that was moved. */
      const drawOrder = (moved, direction) => {
        orderList.replaceChildren(
          ...chosen.map((code, index) => {
            const name = () => signLanguageName(code);
            const move = (step) => () => {
              chosen.splice(index, 1);
              chosen.splice(index + step, 0, code);
              drawOrder(code, step < 0 ? 'up' : 'down');
              orderStatus.textContent = t('nowNumber', name(), chosen.indexOf(code) + 1);
              orderList.dispatchEvent(new Event('change', { bubbles: true }));
            };
            const button = (dir, key, step) =>
              h('button', {
                type: 'button',
                class: 'small',
                'data-move': dir,
                'aria-label': () => `${t(key)}: ${name()}`,
                text: L(key),
                onclick: move(step),
              });
            return h(
              'li',
              { 'data-lang': code },
              h('span', { class: 'order-name', text: name }),
              index > 0 ? button('up', 'moveUp', -1) : null,
              index < chosen.length - 1 ? button('down', 'moveDown', 1) : null,
            );
          }),
        );
        if (chosen.length === 0) orderList.append(h('li', { class: 'order-empty', text: L('noLanguage') }));
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

      const arrow = selectControl(id('arrow'), [{ value: '', label: '' }, ...ARROWS.map(([value, key]) => ({ value, label: L(key) }))], '');
      /** The first arrow option is the template's own arrow, which depends on the template. */
      const defaultArrow = () => {
        const own = templates.get(sign.value)?.arrow;
        const key = ARROWS.find(([v]) => v === (own || 'none'))?.[1];
        return t('templateArrow', key ? t(key).toLowerCase() : own);
      };
      bind(arrow.options[0], () => (arrow.options[0].textContent = defaultArrow()));
      sign.addEventListener('change', () => (arrow.options[0].textContent = defaultArrow()));

      const size = selectControl(
        id('size'),
        [
          { value: 'screen', label: L('sizeScreen') },
          { value: 'a4', label: L('sizeA4') },
          { value: 'a3', label: L('sizeA3') },
        ],
        'screen',
      );
      const orientation = choiceGroup(
        id('orientation'),
        L('orientation'),
        [
          { value: 'portrait', label: L('portrait') },
          { value: 'landscape', label: L('landscape') },
        ],
        { checked: ['portrait'], hint: L('orientationHint'), inline: true },
      );
      const scheme = choiceGroup(
        id('scheme'),
        L('colours'),
        [
          { value: 'default', label: L('blackOnWhite') },
          { value: 'inverse', label: L('whiteOnBlack') },
        ],
        { checked: ['default'], inline: true },
      );
      const distance = textControl(id('viewing-distance'), { placeholder: '5m' });
      const moreInfo = textControl(id('more-info'), { type: 'url', placeholder: 'https://www.hel.fi/…' });
      const editor = toggleControl(id('editor'), L('editorCheck'), { hint: L('editorCheckHint') });

      return {
        controls: [
          field(L('sign'), sign),
          languages.fieldset,
          orderPart,
          field(L('arrow'), arrow, L('arrowHint')),
          field(L('size'), size),
          orientation.fieldset,
          scheme.fieldset,
          field(L('distance'), distance, L('distanceHint')),
          field(L('moreInfo'), moreInfo, L('moreInfoHint')),
          editor.wrapper,
        ],
        read() {
          const warnings = [];
          const template = templates.get(sign.value);
          const langs = chosen.length ? chosen : SIGN_DEFAULT_LANGUAGES;
          if (!chosen.length) warnings.push(t('signNoLanguage', listInWords(SIGN_DEFAULT_LANGUAGES.map(signLanguageName))));
          const missing = langs.filter((code) => !template?.text?.[code]);
          if (missing.length)
            warnings.push(
              t('signMissing', local(template?.text) || sign.value, listInWords(missing.map(signLanguageName)), missing.length),
            );
          const unreviewed = langs.filter((code) => template?.text?.[code] && template.reviewed?.[code] === false);
          if (unreviewed.length)
            warnings.push(t('signUnreviewed', listInWords(unreviewed.map(signLanguageName)), unreviewed.length === langs.length));

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
            else warnings.push(t('landscapeScreen'));
          }
          const dist = distance.value.trim();
          if (dist) {
            if (!DISTANCE.test(dist) || Number(dist.match(DISTANCE)[1].replace(',', '.')) <= 0) warnings.push(t('distanceBad'));
            else if (!printed) warnings.push(t('distanceScreen'));
            else attrs.push(['viewing-distance', dist]);
          }
          attrs.push(...unlessDefault('scheme', scheme.value(), 'default'));
          const info = moreInfo.value.trim();
          if (info) {
            const url = httpUrl(info);
            if (!url) warnings.push(t('moreInfoBad'));
            else {
              attrs.push(['more-info', info]);
              if (url.protocol === 'http:') warnings.push(t('moreInfoHttp'));
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
    handles: ['concept'],
    build({ programme }, id) {
      const concept = selectControl(
        id('concept'),
        programme.concepts.map((c) => ({ value: c.id, label: () => local(c.term) })),
        programme.concepts[0]?.id,
      );
      return {
        controls: [field(L('concept'), concept, L('conceptHint'))],
        read: () => ({ attrs: [['concept', concept.value]] }),
      };
    },
  },
];

/** A widget without hand-made options. */
const NO_OPTIONS = { needs: [], handles: [], build: () => ({ controls: [], read: () => ({ attrs: [] }) }) };

/** The widgets the configurator offers, in the chooser's order, each with its options. */
const WIDGETS = ELEMENTS.map((element) => ({ ...element, ...(OPTIONS.find((o) => o.tag === element.tag) ?? NO_OPTIONS) }));

// ---------------------------------------------------------------------------------------------
// Options from the manifest: a control for every attribute the element documents that no hand-made
// control stands for. The type says the control; the description (English, as written in the
// element's JSDoc) is the help text, marked lang="en" on a Finnish or Swedish page.
// ---------------------------------------------------------------------------------------------

/** tag → its attributes as the manifest lists them ({ name, type: { text }, default, description }). */
function attributesByTag(manifest) {
  const byTag = new Map();
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) byTag.set(declaration.tagName, declaration.attributes ?? []);
    }
  }
  return byTag;
}

const QUOTED = /^(['"])(.*)\1$/;

/** The control an attribute's type calls for: an enum's values, boolean, number or text. */
function kindOf(attribute) {
  const parts = (attribute.type?.text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length && parts.every((p) => QUOTED.test(p))) return { kind: 'enum', values: parts.map((p) => p.match(QUOTED)[2]) };
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { kind: 'number' };
  return { kind: 'text' };
}

/** The default when the manifest gives a literal ('local', 20, false), else undefined (a constant's name). */
function literalDefault(attribute) {
  const value = attribute.default?.trim();
  if (!value) return undefined;
  if (QUOTED.test(value)) return value.match(QUOTED)[2];
  return /^(-?\d+(\.\d+)?|true|false)$/.test(value) ? value : undefined;
}

/** The description as text, with `code` spans as <code> (never markup from the manifest). */
function descriptionNodes(text = '') {
  return text.split('`').map((part, i) => (i % 2 ? h('code', { text: part }) : part.replace(/\s+/g, ' ')));
}

/** True for attributes that hold an address (src, hours-src, explorer-url…). */
const isAddress = (name) => name === 'src' || /-(src|url)$/.test(name);

/** The control for one attribute from the manifest, and read(): its [name, value] if not the default, and warnings. */
function manifestControl(tag, attribute) {
  const { name } = attribute;
  const id = `opt-${tag}-${name}`;
  const { kind, values } = kindOf(attribute);
  const fallback = literalDefault(attribute);
  const hintId = `${id}-hint`;
  const hint = (after) =>
    h(
      'p',
      { class: `hint${after ? ' after' : ''}`, id: hintId },
      h('span', { lang: () => (lang === 'en' ? undefined : 'en') }, ...descriptionNodes(attribute.description)),
      fallback !== undefined && kind !== 'enum' && kind !== 'boolean' ? [' ', L('defaultIs', fallback)] : null,
    );
  const label = h('code', { text: name });

  if (kind === 'boolean') {
    const input = h('input', { type: 'checkbox', id, 'aria-describedby': hintId });
    return {
      control: h('div', { class: 'field' }, h('div', { class: 'choice' }, input, h('label', { for: id }, label)), hint(true)),
      read: () => ({ attrs: input.checked && fallback !== 'true' ? [[name, true]] : [], warnings: [] }),
    };
  }
  if (kind === 'enum') {
    const choices = values.map((value) => ({ value, label: value === fallback ? () => `${value} ${t('byDefault')}` : value }));
    const select = selectControl(
      id,
      fallback !== undefined && values.includes(fallback) ? choices : [{ value: '', label: L('byDefault') }, ...choices],
      fallback ?? '',
    );
    select.setAttribute('aria-describedby', hintId);
    return {
      control: h('div', { class: 'field' }, h('label', { for: id }, label), hint(), select),
      read: () => ({ attrs: unlessDefault(name, select.value, fallback ?? ''), warnings: [] }),
    };
  }
  const input = textControl(id, { type: kind === 'number' ? 'number' : isAddress(name) ? 'url' : 'text', placeholder: fallback });
  input.setAttribute('aria-describedby', hintId);
  return {
    control: h('div', { class: 'field' }, h('label', { for: id }, label), hint(), input),
    read() {
      const value = input.value.trim();
      if (kind === 'number' && input.validity.badInput) return { attrs: [], warnings: [t('numberLeftOut', name)] };
      if (value && isAddress(name) && hasScheme(value) && !httpUrl(value)) return { attrs: [], warnings: [t('addressLeftOut', name)] };
      return { attrs: unlessDefault(name, value, fallback ?? ''), warnings: [] };
    },
  };
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
  includeContent: $('#include-content'),
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

/** A widget's name or line in the interface language (elements.json has them in English). */
const widgetText = (kind, widget) => MESSAGES[`${kind}:${widget.tag}`]?.[lang] ?? widget[kind];
/** lang="en" on a widget's name or line that has no translation yet. */
const widgetLang = (kind, widget) => () => (lang !== 'en' && !MESSAGES[`${kind}:${widget.tag}`]?.[lang] ? 'en' : undefined);

/** Fetches a JSON file. */
async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The script address for the snippet, and a warning when it is not usable. */
function scriptAddress() {
  const value = ui.scriptUrl.value.trim();
  if (!value) return { src: PLACEHOLDER_SCRIPT, warnings: [t('scriptEmpty')] };
  const url = httpUrl(value);
  if (!url) return { src: PLACEHOLDER_SCRIPT, warnings: [t('scriptNotHttps')] };
  if (value === PLACEHOLDER_SCRIPT) return { src: value, warnings: [t('scriptPlaceholder')] };
  if (url.protocol === 'http:') return { src: value, warnings: [t('scriptHttp')] };
  return { src: value, warnings: [] };
}

/**
 * The two lines: the script, and the element with only its non-default attributes; with `content`
 * (the preview's content as a declarative shadow root, from prerender.js) inside the element.
 */
function snippetFor(src, tag, attrs, content = '') {
  const attributes = attrs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  return `<script type="module" src="${escapeAttr(src)}"></script>\n<${tag}${attributes}>${content}</${tag}>`;
}

/** The serializer of a widget's content, beside hki-widgets.js (loaded only when asked for). */
let prerenderer;
const loadPrerender = () => (prerenderer ??= import(new URL('prerender.js', EMBED_URL).href).then((m) => m.prerender));

/** Adds the preview's content to the snippet once the preview has its data (when the box is ticked). */
async function includeContent(tag, script, attrs, key) {
  const element = ui.preview.firstElementChild;
  if (!element || element.localName !== tag) return;
  await customElements.whenDefined(tag);
  const state = await element.dataComplete();
  if (key !== previewKey || !ui.includeContent.checked) return; // the options changed meanwhile
  if (state !== 'ready') {
    contentWarnings = [t('contentUnavailable')];
  } else {
    ui.snippet.value = snippetFor(script.src, tag, attrs, (await loadPrerender())(element));
    contentWarnings = [];
  }
  renderWarnings();
}
let contentWarnings = [];

/** Reads the chosen widget's options: the snippet now, the preview and warnings soon after. */
function update({ now = false } = {}) {
  if (!current) return;
  const result = built.get(current).read();
  const script = scriptAddress();
  ui.snippet.value = snippetFor(script.src, current, result.attrs);
  optionWarnings = [...(result.warnings ?? []), ...script.warnings];
  contentWarnings = ui.includeContent.checked ? [t('contentWaiting')] : [];
  clearTimeout(previewTimer);
  const tag = current;
  const apply = () => {
    renderPreview(tag, result.preview ?? result.attrs);
    renderWarnings();
    if (ui.includeContent.checked)
      includeContent(tag, script, result.attrs, previewKey).catch((error) => {
        contentWarnings = [`${t('contentUnavailable')} (${error.message})`];
        renderWarnings();
      });
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
  const all = [...optionWarnings, ...contentWarnings, ...previewAlerts.map((text) => t('previewError', text))];
  const key = all.join('\n');
  if (key === warningsKey) return;
  warningsKey = key;
  ui.warningList.replaceChildren(...all.map((text) => h('li', {}, h('strong', { class: 'warning-label', text: t('warning') }), text)));
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
  announce(t(copied ? 'copied' : 'notCopied'));
}

/** Shows the chosen widget's options and previews it. */
function choose(tag) {
  current = tag;
  for (const [key, entry] of built) entry.fieldset.hidden = key !== tag;
  update({ now: true });
}

/**
 * Sets the interface language: every text of the page and of the options, and <html lang>, which
 * the widgets in the preview follow.
 */
function setLanguage(code) {
  lang = code;
  root.lang = code;
  ui.preview.lang = code;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  for (const button of document.querySelectorAll('[data-ui-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.uiLang === code));
  relabel();
  warningsKey = undefined;
  if (ui.includeContent.checked) previewKey = ''; // the content is read again, in the new language
  if (current) update({ now: true });
}

/** Builds the chooser and every widget's options from the data and the manifest, then shows the first widget. */
function buildWidgets(data, failed, manifest) {
  const requested = new URLSearchParams(location.search).get('widget');
  const available = WIDGETS.filter((w) => w.needs.every((n) => data[n]));
  const first = available.find((w) => w.tag === requested) ?? available[0];
  const attributes = attributesByTag(manifest);

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
          h('span', { class: 'widget-name', lang: widgetLang('name', widget), text: () => widgetText('name', widget) }),
          ' ',
          h('code', { class: 'widget-tag', text: `<${widget.tag}>` }),
        ),
        h('p', {
          class: 'widget-summary',
          id: descriptionId,
          lang: ok ? widgetLang('summary', widget) : undefined,
          text: ok ? () => widgetText('summary', widget) : L('notAvailable', widget.needs.join(', ')),
        }),
      ),
    );
    if (!ok) continue;
    const id = (name) => `opt-${widget.tag}-${name}`;
    const own = widget.build(data, id);
    const hidden = new Set([...widget.handles, ...(HIDDEN[widget.tag] ?? [])]);
    const more = (attributes.get(widget.tag) ?? []).filter((a) => !hidden.has(a.name)).map((a) => manifestControl(widget.tag, a));
    const fieldset = h(
      'fieldset',
      { class: 'options', id: `options-${widget.tag}`, hidden: true },
      h('legend', { text: () => t('optionsFor', widgetText('name', widget)) }),
      ...own.controls,
      more.length
        ? h(
            'fieldset',
            { class: 'more-options', id: `more-${widget.tag}`, 'aria-describedby': `more-${widget.tag}-hint` },
            h('legend', { text: L('moreOptions') }),
            h('p', { class: 'hint', id: `more-${widget.tag}-hint`, text: L('moreOptionsHint') }),
            ...more.map((m) => m.control),
          )
        : null,
      own.controls.length || more.length ? null : h('p', { class: 'hint', text: L('noOptions') }),
    );
    const read = () => {
      const mine = own.read();
      const extra = more.map((m) => m.read());
      const attrs = extra.flatMap((e) => e.attrs);
      return {
        attrs: [...mine.attrs, ...attrs],
        preview: mine.preview ? [...mine.preview, ...attrs] : undefined,
        warnings: [...(mine.warnings ?? []), ...extra.flatMap((e) => e.warnings)],
      };
    };
    ui.options.append(fieldset);
    built.set(widget.tag, { widget, fieldset, read });
  }

  ui.chooser.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'widget') choose(event.target.value);
  });
  // Selects, boxes and the sign's order list update at once; typing waits for a pause.
  ui.options.addEventListener('change', () => update({ now: true }));
  ui.options.addEventListener('input', (event) =>
    update({ now: !(event.target instanceof HTMLInputElement && /^(text|url|number)$/.test(event.target.type)) }),
  );
  ui.scriptUrl.addEventListener('input', () => update());
  ui.includeContent.addEventListener('change', () => {
    previewKey = ''; // the same options: the preview is made again, and its content read
    update({ now: true });
  });

  const problems = [];
  if (failed.length)
    problems.push(h('p', { class: 'error' }, h('strong', { text: L('someDataFailed') }), L('someDataFailedMore'), failed.join('; ')));
  if (!manifest)
    problems.push(h('p', { class: 'error' }, h('strong', { text: L('manifestFailed') }), L('manifestFailedMore'), MANIFEST_URL));
  ui.status.replaceChildren(...problems);
  if (first) choose(first.tag);
}

async function main() {
  ui.copy.addEventListener('click', copySnippet);
  for (const button of document.querySelectorAll('[data-ui-lang]')) {
    button.addEventListener('click', () => setLanguage(button.dataset.uiLang));
  }
  setLanguage(initialLanguage());

  // The bundle: index.html loads it with a <script>; importing the same URL again is free (a module
  // runs once per URL) and tells us when it failed, so the editor is not left with a blank preview.
  import(EMBED_URL).catch((error) => {
    ui.status.append(h('p', { class: 'error' }, h('strong', { text: L('embedFailed') }), `${EMBED_URL}: ${error.message}`));
  });

  const files = { programme: 'programme.json', services: 'services.json', signs: 'signs.json', example: 'examples/programme.example.json' };
  const [manifestResult, ...results] = await Promise.allSettled([
    fetchJson(MANIFEST_URL),
    ...Object.values(files).map((name) => fetchJson(new URL(name, DATA_URL).href)),
  ]);
  const data = {};
  const failed = [];
  Object.keys(files).forEach((key, index) => {
    const result = results[index];
    if (result.status === 'fulfilled') data[key] = result.value;
    // Without the example package, indicators are simply not marked "(example values)".
    else if (key !== 'example') failed.push(String(result.reason?.message ?? result.reason));
  });
  const manifest = manifestResult.status === 'fulfilled' ? manifestResult.value : undefined;
  if (!manifest)
    console.warn(`configurator: ${manifestResult.reason?.message ?? manifestResult.reason}: only the main options are offered`);
  buildWidgets(data, failed, manifest);
  watchPreviewAlerts();
}

main();
