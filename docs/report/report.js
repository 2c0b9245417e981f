// The reporting page (docs/report/index.html): the city's coordinator keeps the programme's
// monitoring file up to date without a developer. Plain ES module, no build step.
//
// What it does:
// - Opens the current monitoring file (or the example, or starts empty); the previous file can be
//   opened beside it, for the review's "changes since". Unsaved work is kept in this browser
//   (localStorage) until the file is downloaded, and restored when the page is opened again.
// - Goes through the measures a set at a time (sets grouped by theme): status on the measure's own
//   scale, date, note and source (name in fi/sv/en, address) per measure, and values per indicator.
//   Each field is checked as the monitoring schema checks it, the message next to the field; the
//   download checks everything and lists what is left with links to the fields, then runs the
//   package's own validateMonitoring over the whole file.
// - Shows the real widgets (card, summary, chart) reading the work as a blob: URL, in the page's
//   language (the switch above changes both), and the status review, which prints on A4.
//
// Rules this file keeps (as the configurator does):
// - No innerHTML: every node is made with createElement and text goes in as text.
// - Sends nothing anywhere. The only requests are this site's own files (the programme, the
//   monitoring checks, the example file when asked for).
// - URLs are resolved against document.baseURI (the browser test loads the page through srcdoc).

const root = document.documentElement;
const DATA_URL = new URL(root.dataset.data || '../data/', document.baseURI).href;
const LIB_URL = new URL(root.dataset.lib || '../data/lib/monitoring.js', document.baseURI).href;
const EXAMPLE_URL = new URL('examples/monitoring.example.json', DATA_URL).href;

/** Where the unsaved work is kept (this browser only). */
const DRAFT_KEY = 'hki-widgets:report-draft';

const LANGUAGES = ['fi', 'sv', 'en'];
const LANGUAGE_NAMES = { fi: 'suomeksi', sv: 'på svenska', en: 'in English' };

// ---------------------------------------------------------------------------------------------
// The page's own words, in English, Finnish and Swedish; a function when it takes values.
// ---------------------------------------------------------------------------------------------

const MESSAGES = {
  title: {
    en: "Report the programme's progress – hki-widgets",
    fi: 'Raportoi ohjelman eteneminen – hki-widgets',
    sv: 'Rapportera programmets framsteg – hki-widgets',
  },
  skip: { en: 'Skip to content', fi: 'Siirry sisältöön', sv: 'Hoppa till innehållet' },
  languageSwitch: { en: 'Language', fi: 'Kieli', sv: 'Språk' },
  h1: { en: "Report the programme's progress", fi: 'Raportoi ohjelman eteneminen', sv: 'Rapportera programmets framsteg' },
  intro: {
    en: "Set each measure's status with its date and source, enter the indicators' values, check the preview and download the monitoring file to publish. Nothing you enter leaves this browser.",
    fi: 'Anna kunkin toimenpiteen tila, päivämäärä ja lähde, syötä mittareiden arvot, tarkista esikatselu ja lataa seurantatiedosto julkaistavaksi. Mitään syöttämääsi ei lähetetä tästä selaimesta minnekään.',
    sv: 'Ange varje åtgärds status med datum och källa, fyll i indikatorernas värden, kontrollera förhandsvisningen och ladda ner uppföljningsfilen för publicering. Inget du fyller i lämnar den här webbläsaren.',
  },
  loading: { en: 'Loading the programme…', fi: 'Ladataan ohjelmaa…', sv: 'Programmet laddas…' },
  loadFailed: {
    en: 'The page could not start: the programme or its checks could not be loaded.',
    fi: 'Sivua ei voitu avata: ohjelmaa tai sen tarkistuksia ei voitu ladata.',
    sv: 'Sidan kunde inte starta: programmet eller dess kontroller kunde inte laddas.',
  },
  footer: {
    en: "Data: A City for Everyone – Helsinki's Integration Programme 2017–2021, City of Helsinki. This page sends nothing anywhere: the file you download is the only copy of your work outside this browser.",
    fi: 'Tiedot: Kaikkien Stadi – Helsingin kotoutumisohjelma 2017–2021, Helsingin kaupunki. Tämä sivu ei lähetä mitään minnekään: lataamasi tiedosto on työstäsi ainoa kopio tämän selaimen ulkopuolella.',
    sv: 'Uppgifter: En stad för alla – Helsingfors integrationsprogram 2017–2021, Helsingfors stad. Den här sidan skickar ingenting någonstans: filen du laddar ner är den enda kopian av ditt arbete utanför den här webbläsaren.',
  },

  // 1. The file
  stepFile: { en: '1. Open the monitoring file', fi: '1. Avaa seurantatiedosto', sv: '1. Öppna uppföljningsfilen' },
  fileHint: {
    en: 'Open the file that is published now, to continue from it, or start empty. The file stays in this browser.',
    fi: 'Avaa nyt julkaistuna oleva tiedosto jatkaaksesi siitä, tai aloita tyhjästä. Tiedosto pysyy tässä selaimessa.',
    sv: 'Öppna filen som är publicerad nu för att fortsätta från den, eller börja från början. Filen stannar i den här webbläsaren.',
  },
  openCurrent: {
    en: 'Open the current monitoring file',
    fi: 'Avaa nykyinen seurantatiedosto',
    sv: 'Öppna den nuvarande uppföljningsfilen',
  },
  openPrevious: {
    en: 'Open the previous file (optional: the review then lists every change since it)',
    fi: 'Avaa edellinen tiedosto (vapaaehtoinen: katsaus luettelee silloin kaikki muutokset sen jälkeen)',
    sv: 'Öppna den föregående filen (frivilligt: översikten listar då alla ändringar sedan den)',
  },
  startEmpty: { en: 'Start empty', fi: 'Aloita tyhjästä', sv: 'Börja från början' },
  openExample: {
    en: 'Open the example file (made-up statuses)',
    fi: 'Avaa esimerkkitiedosto (keksityt tilat)',
    sv: 'Öppna exempelfilen (påhittade statusar)',
  },
  replaceConfirm: {
    en: 'Your unsaved work will be replaced. Continue?',
    fi: 'Tallentamaton työsi korvataan. Jatketaanko?',
    sv: 'Ditt osparade arbete ersätts. Fortsätta?',
  },
  working: {
    en: (name, n) => `Working on: ${name} (${n} ${n === 1 ? 'status' : 'statuses'} reported).`,
    fi: (name, n) => `Työn alla: ${name} (${n} ${n === 1 ? 'tila' : 'tilaa'} raportoitu).`,
    sv: (name, n) => `Under arbete: ${name} (${n} ${n === 1 ? 'status' : 'statusar'} rapporterade).`,
  },
  newFile: { en: 'a new file', fi: 'uusi tiedosto', sv: 'en ny fil' },
  previousOpen: {
    en: (name) => `Previous file for the review: ${name}.`,
    fi: (name) => `Katsauksen edellinen tiedosto: ${name}.`,
    sv: (name) => `Föregående fil för översikten: ${name}.`,
  },
  unsaved: {
    en: 'Unsaved changes: they are kept in this browser until you download the file.',
    fi: 'Tallentamattomia muutoksia: ne säilyvät tässä selaimessa, kunnes lataat tiedoston.',
    sv: 'Osparade ändringar: de sparas i den här webbläsaren tills du laddar ner filen.',
  },
  restored: {
    en: (when) => `Your unsaved work from ${when} was restored from this browser.`,
    fi: (when) => `Tallentamaton työsi (${when}) palautettiin tästä selaimesta.`,
    sv: (when) => `Ditt osparade arbete från ${when} återställdes från den här webbläsaren.`,
  },
  noStorage: {
    en: 'This browser does not keep unsaved work: download the file before you close the page.',
    fi: 'Tämä selain ei säilytä tallentamatonta työtä: lataa tiedosto ennen kuin suljet sivun.',
    sv: 'Den här webbläsaren sparar inte osparat arbete: ladda ner filen innan du stänger sidan.',
  },
  fileUnreadable: {
    en: (name) => `${name} could not be opened: it is not a JSON file.`,
    fi: (name) => `Tiedostoa ${name} ei voitu avata: se ei ole JSON-tiedosto.`,
    sv: (name) => `${name} kunde inte öppnas: den är inte en JSON-fil.`,
  },
  fileInvalid: {
    en: (name) => `${name} was not opened: it is not a valid monitoring file for this programme.`,
    fi: (name) => `Tiedostoa ${name} ei avattu: se ei ole tämän ohjelman kelvollinen seurantatiedosto.`,
    sv: (name) => `${name} öppnades inte: den är inte en giltig uppföljningsfil för det här programmet.`,
  },
  exampleMark: {
    en: 'This file is marked as an example: the widgets show "Example data" with it.',
    fi: 'Tämä tiedosto on merkitty esimerkiksi: widgetit näyttävät sen kanssa merkinnän ”Esimerkkitieto”.',
    sv: 'Den här filen är märkt som exempel: widgetarna visar ”Exempeldata” med den.',
  },
  exampleCheckbox: {
    en: 'Example data (not reported by the city)',
    fi: 'Esimerkkitietoa (ei kaupungin raportoimaa)',
    sv: 'Exempeldata (inte rapporterad av staden)',
  },

  // 2. Statuses
  stepMeasures: { en: '2. Statuses and values', fi: '2. Tilat ja arvot', sv: '2. Statusar och värden' },
  setChoice: { en: 'Measures of', fi: 'Toimenpiteet', sv: 'Åtgärder i' },
  setHint: {
    en: 'The measures go a set at a time, the sets by theme.',
    fi: 'Toimenpiteet käydään läpi kokonaisuus kerrallaan, kokonaisuudet teemoittain.',
    sv: 'Åtgärderna gås igenom en helhet i taget, helheterna tema för tema.',
  },
  theme: { en: (n, title) => `Theme ${n}: ${title}`, fi: (n, title) => `Teema ${n}: ${title}`, sv: (n, title) => `Tema ${n}: ${title}` },
  setOption: {
    en: (n, title, done, all) => `${n}. ${title} (${done}/${all} reported)`,
    fi: (n, title, done, all) => `${n}. ${title} (${done}/${all} raportoitu)`,
    sv: (n, title, done, all) => `${n}. ${title} (${done}/${all} rapporterade)`,
  },
  programmeIndicators: {
    en: "The programme's monitoring indicators",
    fi: 'Ohjelman seurantamittarit',
    sv: 'Programmets uppföljningsindikatorer',
  },
  measure: {
    en: (id, title) => `Measure ${id}: ${title}`,
    fi: (id, title) => `Toimenpide ${id}: ${title}`,
    sv: (id, title) => `Åtgärd ${id}: ${title}`,
  },
  status: { en: 'Status', fi: 'Tila', sv: 'Status' },
  notReported: { en: 'Not reported', fi: 'Ei raportoitu', sv: 'Inte rapporterad' },
  reportedAt: { en: 'Date of the report', fi: 'Raportin päivämäärä', sv: 'Rapportens datum' },
  dateHint: {
    en: 'The date of the decision or report that gives the status.',
    fi: 'Sen päätöksen tai raportin päivämäärä, josta tila on peräisin.',
    sv: 'Datum för beslutet eller rapporten som anger statusen.',
  },
  source: { en: 'Source', fi: 'Lähde', sv: 'Källa' },
  sourceHint: {
    en: 'The decision, report or page where this was published: its name in at least one language, and its address.',
    fi: 'Päätös, raportti tai sivu, jossa tämä on julkaistu: sen nimi vähintään yhdellä kielellä ja osoite.',
    sv: 'Beslutet, rapporten eller sidan där detta publicerades: dess namn på minst ett språk och dess adress.',
  },
  sourceName: {
    en: (l) => `Name ${LANGUAGE_NAMES[l]}`,
    fi: (l) => `Nimi ${{ fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' }[l]}`,
    sv: (l) => `Namn ${{ fi: 'på finska', sv: 'på svenska', en: 'på engelska' }[l]}`,
  },
  sourceUrl: { en: 'Address (https://…)', fi: 'Osoite (https://…)', sv: 'Adress (https://…)' },
  note: { en: 'Note (optional)', fi: 'Huomautus (vapaaehtoinen)', sv: 'Anmärkning (frivillig)' },
  noteIn: {
    en: (l) => `Note ${LANGUAGE_NAMES[l]}`,
    fi: (l) => `Huomautus ${{ fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' }[l]}`,
    sv: (l) => `Anmärkning ${{ fi: 'på finska', sv: 'på svenska', en: 'på engelska' }[l]}`,
  },
  clearStatus: {
    en: (id) => `Clear the status of measure ${id}`,
    fi: (id) => `Tyhjennä toimenpiteen ${id} tila`,
    sv: (id) => `Töm statusen för åtgärd ${id}`,
  },
  indicatorValues: { en: 'Indicator values', fi: 'Mittareiden arvot', sv: 'Indikatorernas värden' },
  noIndicators: { en: 'No indicator of this set.', fi: 'Tällä kokonaisuudella ei ole mittareita.', sv: 'Helheten har inga indikatorer.' },
  valueRow: { en: (n) => `Value ${n}`, fi: (n) => `Arvo ${n}`, sv: (n) => `Värde ${n}` },
  period: { en: 'Period', fi: 'Ajanjakso', sv: 'Period' },
  periodHint: {
    en: 'A year (2019), a half or quarter (2019H1, 2019Q3) or a date (2019-12-31).',
    fi: 'Vuosi (2019), puolivuotis- tai neljännesvuosijakso (2019H1, 2019Q3) tai päivämäärä (2019-12-31).',
    sv: 'Ett år (2019), ett halvår eller kvartal (2019H1, 2019Q3) eller ett datum (2019-12-31).',
  },
  value: { en: 'Value', fi: 'Arvo', sv: 'Värde' },
  addValue: { en: (name) => `Add a value: ${name}`, fi: (name) => `Lisää arvo: ${name}`, sv: (name) => `Lägg till ett värde: ${name}` },
  removeValue: {
    en: (n, name) => `Remove value ${n} of ${name}`,
    fi: (n, name) => `Poista arvo ${n}: ${name}`,
    sv: (n, name) => `Ta bort värde ${n} av ${name}`,
  },

  // Field messages (the monitoring schema's rules, in words)
  chooseStatus: {
    en: 'Choose the status, or clear the other fields.',
    fi: 'Valitse tila tai tyhjennä muut kentät.',
    sv: 'Välj status eller töm de andra fälten.',
  },
  dateMissing: {
    en: 'Give the date of the report: a status without a date is not published.',
    fi: 'Anna raportin päivämäärä: tilaa ilman päivämäärää ei julkaista.',
    sv: 'Ange rapportens datum: en status utan datum publiceras inte.',
  },
  dateInvalid: {
    en: 'Give a real date, like 31.3.2020.',
    fi: 'Anna oikea päivämäärä, esimerkiksi 31.3.2020.',
    sv: 'Ange ett riktigt datum, till exempel 31.3.2020.',
  },
  dateFuture: { en: 'The date is in the future.', fi: 'Päivämäärä on tulevaisuudessa.', sv: 'Datumet ligger i framtiden.' },
  sourceNameMissing: {
    en: 'Give the name of the source in at least one language.',
    fi: 'Anna lähteen nimi vähintään yhdellä kielellä.',
    sv: 'Ange källans namn på minst ett språk.',
  },
  urlMissing: {
    en: 'Give the address where the source can be read.',
    fi: 'Anna osoite, josta lähteen voi lukea.',
    sv: 'Ange adressen där källan kan läsas.',
  },
  urlInvalid: {
    en: 'Give a web address that starts with https:// or http://.',
    fi: 'Anna verkko-osoite, joka alkaa https:// tai http://.',
    sv: 'Ange en webbadress som börjar med https:// eller http://.',
  },
  periodMissing: { en: 'Give the period.', fi: 'Anna ajanjakso.', sv: 'Ange perioden.' },
  periodInvalid: {
    en: 'Write the period as 2019, 2019H1, 2019Q3 or 2019-12-31.',
    fi: 'Kirjoita ajanjakso muodossa 2019, 2019H1, 2019Q3 tai 2019-12-31.',
    sv: 'Skriv perioden som 2019, 2019H1, 2019Q3 eller 2019-12-31.',
  },
  periodTwice: {
    en: 'This period is given twice for the indicator.',
    fi: 'Tämä ajanjakso on annettu mittarille kahdesti.',
    sv: 'Perioden anges två gånger för indikatorn.',
  },
  valueMissing: { en: 'Give the value.', fi: 'Anna arvo.', sv: 'Ange värdet.' },
  valueInvalid: {
    en: 'Give a number, like 1050 or 24.5.',
    fi: 'Anna luku, esimerkiksi 1050 tai 24,5.',
    sv: 'Ange ett tal, till exempel 1050 eller 24,5.',
  },

  // 3. Preview
  stepPreview: { en: '3. Preview', fi: '3. Esikatselu', sv: '3. Förhandsvisning' },
  previewHint: {
    en: 'The real widgets with your work (complete entries only), in the language of this page: switch it at the top to see Finnish, Swedish and English.',
    fi: 'Oikeat widgetit työsi tiedoilla (vain valmiit merkinnät) tämän sivun kielellä: vaihda kieli ylhäältä nähdäksesi suomen, ruotsin ja englannin.',
    sv: 'De riktiga widgetarna med ditt arbete (endast färdiga uppgifter) på den här sidans språk: byt språk högst upp för att se finska, svenska och engelska.',
  },
  previewMeasure: { en: 'Measure in the preview', fi: 'Esikatseltava toimenpide', sv: 'Åtgärd i förhandsvisningen' },
  previewIndicator: { en: 'Indicator in the preview', fi: 'Esikatseltava mittari', sv: 'Indikator i förhandsvisningen' },
  preview: { en: 'Preview', fi: 'Esikatselu', sv: 'Förhandsvisning' },

  // 4. Download
  stepDownload: { en: '4. Download the file to publish', fi: '4. Lataa julkaistava tiedosto', sv: '4. Ladda ner filen för publicering' },
  downloadHint: {
    en: "Publish the downloaded file where your division's pages read it (the address in their hki-monitoring setting). Keep it: next time, open it here to continue.",
    fi: 'Julkaise ladattu tiedosto osoitteeseen, josta toimialasi sivut lukevat sen (niiden hki-monitoring-asetuksen osoite). Säilytä tiedosto: avaa se ensi kerralla täällä jatkaaksesi.',
    sv: 'Publicera den nedladdade filen där din sektors sidor läser den (adressen i deras hki-monitoring-inställning). Spara filen: öppna den här nästa gång för att fortsätta.',
  },
  download: { en: 'Download the monitoring file', fi: 'Lataa seurantatiedosto', sv: 'Ladda ner uppföljningsfilen' },
  fixFirst: {
    en: (n) => `The file was not downloaded: ${n} ${n === 1 ? 'entry needs' : 'entries need'} fixing.`,
    fi: (n) => `Tiedostoa ei ladattu: ${n} ${n === 1 ? 'merkintä' : 'merkintää'} on korjattava.`,
    sv: (n) => `Filen laddades inte ner: ${n} ${n === 1 ? 'uppgift' : 'uppgifter'} måste rättas.`,
  },
  fileCheck: {
    en: 'The final check of the whole file found:',
    fi: 'Koko tiedoston lopputarkistus löysi:',
    sv: 'Slutkontrollen av hela filen hittade:',
  },
  downloaded: {
    en: (name) => `Downloaded ${name}. Your work is in that file now; this browser no longer keeps it.`,
    fi: (name) => `${name} ladattu. Työsi on nyt tiedostossa; tämä selain ei enää säilytä sitä.`,
    sv: (name) => `${name} har laddats ner. Ditt arbete finns nu i filen; den här webbläsaren sparar det inte längre.`,
  },

  // 5. Review
  stepReview: { en: '5. Status review for the meeting', fi: '5. Tilannekatsaus kokoukseen', sv: '5. Lägesöversikt för mötet' },
  reviewHint: {
    en: 'The review of the file as it is now, in the language of this page. It prints on A4 without the rest of this page.',
    fi: 'Katsaus tiedostosta sellaisena kuin se nyt on, tämän sivun kielellä. Se tulostuu A4-arkeille ilman sivun muuta sisältöä.',
    sv: 'Översikten av filen som den är nu, på den här sidans språk. Den skrivs ut på A4 utan resten av sidan.',
  },
  print: { en: 'Print the status review', fi: 'Tulosta tilannekatsaus', sv: 'Skriv ut lägesöversikten' },
  downloadCsv: { en: 'Download the review as CSV', fi: 'Lataa katsaus CSV-tiedostona', sv: 'Ladda ner översikten som CSV' },
  reviewTitle: { en: 'Status review', fi: 'Tilannekatsaus', sv: 'Lägesöversikt' },
  reviewMade: {
    en: (day, published) => `Made ${day}${published ? `; the file published ${published}` : ''}.`,
    fi: (day, published) => `Laadittu ${day}${published ? `; tiedosto julkaistu ${published}` : ''}.`,
    sv: (day, published) => `Gjord ${day}${published ? `; filen publicerad ${published}` : ''}.`,
  },
  countsTitle: { en: 'Measures by theme and status', fi: 'Toimenpiteet teemoittain ja tiloittain', sv: 'Åtgärder per tema och status' },
  themeColumn: { en: 'Theme', fi: 'Teema', sv: 'Tema' },
  total: { en: 'Total', fi: 'Yhteensä', sv: 'Totalt' },
  changesTitle: { en: 'Changes since the previous file', fi: 'Muutokset edelliseen tiedostoon', sv: 'Ändringar sedan föregående fil' },
  noPrevious: {
    en: 'No previous file was opened: open it in step 1 to list the changes.',
    fi: 'Edellistä tiedostoa ei avattu: avaa se kohdassa 1, niin muutokset luetellaan.',
    sv: 'Ingen föregående fil öppnades: öppna den i steg 1 för att lista ändringarna.',
  },
  noChanges: { en: 'No changes.', fi: 'Ei muutoksia.', sv: 'Inga ändringar.' },
  changeNew: {
    en: (m, label, date) => `${m}: ${label} (${date}), new`,
    fi: (m, label, date) => `${m}: ${label} (${date}), uusi`,
    sv: (m, label, date) => `${m}: ${label} (${date}), ny`,
  },
  changeChanged: {
    en: (m, before, after) => `${m}: ${before} → ${after}`,
    fi: (m, before, after) => `${m}: ${before} → ${after}`,
    sv: (m, before, after) => `${m}: ${before} → ${after}`,
  },
  changeRemoved: {
    en: (m, label) => `${m}: ${label}, no longer reported`,
    fi: (m, label) => `${m}: ${label}, ei enää raportoitu`,
    sv: (m, label) => `${m}: ${label}, inte längre rapporterad`,
  },
  measuresTitle: { en: 'Every measure', fi: 'Kaikki toimenpiteet', sv: 'Alla åtgärder' },
  measureColumn: { en: 'Measure', fi: 'Toimenpide', sv: 'Åtgärd' },
  dateColumn: { en: 'Date', fi: 'Päivämäärä', sv: 'Datum' },
  noteColumn: { en: 'Note', fi: 'Huomautus', sv: 'Anmärkning' },
  sourceColumn: { en: 'Source', fi: 'Lähde', sv: 'Källa' },
};

let lang = 'en';

function t(key, ...values) {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`report: no message "${key}"`);
  const message = entry[lang] ?? entry.en;
  return typeof message === 'function' ? message(...values) : message;
}

/** The first of the browser's languages that the page speaks, else Finnish; `?lang=` wins. */
function initialLanguage() {
  // (The page's own address, or its base when it has none of its own, as in a test's srcdoc.)
  const asked = new URLSearchParams(location.search || new URL(document.baseURI).search).get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
  return wanted.map((tag) => String(tag).toLowerCase().split(/[-_]/)[0]).find((code) => LANGUAGES.includes(code)) ?? 'fi';
}

/** An element with attributes, listeners (on…) and children; text always as text. */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') el.textContent = value;
    else if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== undefined && child !== null && child !== false) el.append(child);
  return el;
}

/** A safe id from a measure or indicator id ("4.12" → "4-12"). */
const idOf = (id) => String(id).replace(/[^A-Za-z0-9_-]/g, '-');

/** The text in the page's language, else Finnish, English, Swedish, else any. */
const pick = (text) => (text ? (text[lang] ?? text.fi ?? text.en ?? text.sv ?? Object.values(text)[0] ?? '') : '');

/** Today in Helsinki (YYYY-MM-DD), for "not in the future". */
function today() {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A date as the city writes it (31.3.2020), whatever the language. */
const dayOf = (iso) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : (iso ?? '');
};

const isHttp = (value) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value ?? '');
const PERIOD = /^\d{4}(H[12]|Q[1-4]|-\d{2}-\d{2})?$/;

/** A number as typed in any of the three languages ("1 050", "24,5", "24.5"), or NaN. */
function numberOf(text) {
  const plain = String(text)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace(/^[−–]/, '-');
  return plain === '' || !/^-?\d+(\.\d+)?$/.test(plain) ? NaN : Number(plain);
}

/** The non-empty texts of a {fi, sv, en} form, or undefined when all are empty. */
function texts(values) {
  const out = {};
  for (const l of LANGUAGES) if (values[l]?.trim()) out[l] = values[l].trim();
  return Object.keys(out).length ? out : undefined;
}

// ---------------------------------------------------------------------------------------------
// The work: the monitoring file being edited, and what the page knows around it
// ---------------------------------------------------------------------------------------------

let programme;
let lib;
/** The monitoring file as edited: entries may be incomplete (the download refuses those). */
let work;
let workName = '';
let previous;
let previousName = '';
let dirty = false;
let storageWorks = true;
let notice = '';
let setChoice = '';
let previewMeasure = '';
let previewIndicator = '';
let previewUrl;
/** Field id → message key, for the fields whose problem is shown. */
const shown = new Map();

const emptyFile = () => ({ programme: programme.programme.id, statuses: {}, observations: {} });

function saveDraft() {
  dirty = true;
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ work, workName, previous, previousName, savedAt: new Date().toISOString() }));
    storageWorks = true;
  } catch {
    storageWorks = false;
  }
}

function dropDraft() {
  dirty = false;
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    /* nothing kept */
  }
}

function restoreDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
    if (!draft || typeof draft.work !== 'object' || draft.work?.programme !== programme.programme.id) return false;
    work = { statuses: {}, observations: {}, ...draft.work };
    workName = typeof draft.workName === 'string' ? draft.workName : '';
    previous = draft.previous && typeof draft.previous === 'object' ? draft.previous : undefined;
    previousName = typeof draft.previousName === 'string' ? draft.previousName : '';
    dirty = true;
    const when = new Date(draft.savedAt);
    notice = t('restored', Number.isNaN(when.getTime()) ? '' : `${dayOf(draft.savedAt.slice(0, 10))} ${when.toTimeString().slice(0, 5)}`);
    return true;
  } catch {
    return false;
  }
}

// The programme's structure
const themes = () => [...programme.themes].sort((a, b) => a.number - b.number);
const setsOf = (themeId) => programme.measureSets.filter((s) => s.themeId === themeId);
const measuresOf = (setId) => programme.measures.filter((m) => m.setId === setId);
const scaleOf = (measure) => programme.statusScales.find((s) => s.id === measure.statusScale);
const indicator = (id) => programme.indicators.find((i) => i.id === id);
/** Indicators no measure names: the programme's own monitoring indicators. */
const programmeIndicators = () => {
  const named = new Set(programme.measures.flatMap((m) => m.indicatorIds ?? []));
  return programme.indicators.filter((i) => !named.has(i.id));
};
const indicatorsOfSet = (setId) =>
  setId === 'programme'
    ? programmeIndicators()
    : [...new Set(measuresOf(setId).flatMap((m) => m.indicatorIds ?? []))].map(indicator).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Checks: the monitoring schema's rules for one entry, as message keys by field id
// ---------------------------------------------------------------------------------------------

const fieldIds = {
  status: (id) => `status-${idOf(id)}`,
  date: (id) => `date-${idOf(id)}`,
  sourceName: (prefix) => `${prefix}-source-fi`,
  url: (prefix) => `${prefix}-source-url`,
};

/** A status entry's problems: field id → message key. An entry with nothing in it has none. */
function statusProblems(id, entry) {
  const problems = new Map();
  if (!entry) return problems;
  const measure = programme.measures.find((m) => m.id === id);
  const prefix = `s-${idOf(id)}`;
  if (!entry.value || !scaleOf(measure)?.values.some((v) => v.value === entry.value)) problems.set(fieldIds.status(id), 'chooseStatus');
  if (!entry.reportedAt) problems.set(fieldIds.date(id), 'dateMissing');
  else if (!lib.isDate(entry.reportedAt)) problems.set(fieldIds.date(id), 'dateInvalid');
  else if (entry.reportedAt > today()) problems.set(fieldIds.date(id), 'dateFuture');
  sourceProblems(entry.source, prefix, problems);
  return problems;
}

/** A source's problems: its name in at least one language, and an http(s) address. */
function sourceProblems(source, prefix, problems) {
  if (!texts(source?.name ?? {})) problems.set(fieldIds.sourceName(prefix), 'sourceNameMissing');
  if (!source?.url) problems.set(fieldIds.url(prefix), 'urlMissing');
  else if (!isHttp(source.url)) problems.set(fieldIds.url(prefix), 'urlInvalid');
}

/** An indicator's values' problems: field id → message key. Every value needs its period, number and source. */
function valueProblems(indicatorId) {
  const problems = new Map();
  const rows = work.observations[indicatorId] ?? [];
  const seen = new Set();
  rows.forEach((row, i) => {
    const prefix = `v-${idOf(indicatorId)}-${i}`;
    const period = String(row.period ?? '').trim();
    if (!period) problems.set(`${prefix}-period`, 'periodMissing');
    else if (!PERIOD.test(period)) problems.set(`${prefix}-period`, 'periodInvalid');
    else if (seen.has(period)) problems.set(`${prefix}-period`, 'periodTwice');
    seen.add(period);
    if (row.value === '' || row.value === undefined) problems.set(`${prefix}-value`, 'valueMissing');
    else if (Number.isNaN(numberOf(row.value))) problems.set(`${prefix}-value`, 'valueInvalid');
    sourceProblems(row.source, prefix, problems);
  });
  return problems;
}

/** Every problem of the work, with where it is: [{ fieldId, key, setId, label }]. */
function allProblems() {
  const out = [];
  for (const m of programme.measures) {
    for (const [fieldId, key] of statusProblems(m.id, work.statuses[m.id])) out.push({ fieldId, key, setId: m.setId, label: `${m.id}` });
  }
  for (const i of programme.indicators) {
    const setId = programme.measures.find((m) => m.indicatorIds?.includes(i.id))?.setId ?? 'programme';
    for (const [fieldId, key] of valueProblems(i.id)) out.push({ fieldId, key, setId, label: pick(i.name) });
  }
  return out;
}

/**
 * The file to publish (and to preview): the complete entries only, values as numbers, texts
 * trimmed, empty notes left out.
 */
function publishable() {
  const file = { programme: work.programme };
  if (work.schemaVersion) file.schemaVersion = work.schemaVersion;
  if (work.publishedAt) file.publishedAt = work.publishedAt;
  if (work.example) {
    file.example = true;
    if (work.exampleNote) file.exampleNote = work.exampleNote;
  }
  file.statuses = {};
  for (const [id, entry] of Object.entries(work.statuses)) {
    if (statusProblems(id, entry).size) continue;
    const note = texts(entry.note ?? {});
    file.statuses[id] = {
      value: entry.value,
      reportedAt: entry.reportedAt,
      source: { name: texts(entry.source.name), url: entry.source.url.trim() },
      ...(note ? { note } : {}),
    };
  }
  const observations = {};
  for (const [id, rows] of Object.entries(work.observations ?? {})) {
    if (!rows.length || valueProblems(id).size) continue;
    observations[id] = rows.map((row) => {
      const note = texts(row.note ?? {});
      return {
        period: String(row.period).trim(),
        value: numberOf(row.value),
        source: { name: texts(row.source.name), url: row.source.url.trim() },
        ...(note ? { note } : {}),
      };
    });
  }
  if (Object.keys(observations).length) file.observations = observations;
  return file;
}

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

const app = document.getElementById('app');

/** A labelled field with its hint and its (hidden until needed) message. */
function field({ id, label, hint, control }) {
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  control.id = id;
  const describedBy = [hintId, shown.has(id) ? errorId : undefined].filter(Boolean).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  if (shown.has(id)) control.setAttribute('aria-invalid', 'true');
  return h(
    'div',
    { class: shown.has(id) ? 'field invalid' : 'field' },
    h('label', { for: id, text: label }),
    hint ? h('p', { class: 'hint', id: hintId, text: hint }) : undefined,
    control,
    shown.has(id) ? h('p', { class: 'field-error', id: errorId, text: t(shown.get(id)) }) : undefined,
  );
}

/** Shows the problems of these fields (only these: others keep what they show). */
function show(problems, fieldIdsChecked) {
  for (const fieldId of fieldIdsChecked) {
    if (problems.has(fieldId)) shown.set(fieldId, problems.get(fieldId));
    else shown.delete(fieldId);
  }
}

/** Re-renders the page, keeping the focus on the same field. */
function render() {
  const focused = document.activeElement?.id;
  const selection =
    document.activeElement && 'selectionStart' in document.activeElement ? document.activeElement.selectionStart : undefined;
  const file = publishable();
  app.replaceChildren(fileStep(file), measuresStep(), previewStep(), downloadStep(), reviewStep(file));
  if (focused) {
    const again = document.getElementById(focused);
    if (again) {
      again.focus({ preventScroll: true });
      if (selection !== undefined && selection !== null && typeof again.setSelectionRange === 'function') {
        try {
          again.setSelectionRange(selection, selection);
        } catch {
          /* not a text field */
        }
      }
    }
  }
  updatePreview(file);
}

/** Which file is open, how many statuses it reports, and whether work is unsaved (a live region). */
const fileStatus = (file) =>
  h(
    'div',
    { id: 'file-status', class: 'file-status', role: 'status' },
    notice ? h('p', { class: 'notice', text: notice }) : undefined,
    h('p', { text: t('working', workName || t('newFile'), Object.keys(file.statuses).length) }),
    previous ? h('p', { text: t('previousOpen', previousName) }) : undefined,
    dirty ? h('p', { text: storageWorks ? t('unsaved') : t('noStorage') }) : undefined,
  );

function fileStep(file) {
  const openInput = (id, onFile) =>
    h('input', {
      type: 'file',
      id,
      accept: '.json,application/json',
      onchange: async (e) => {
        const chosen = e.target.files?.[0];
        if (chosen) await onFile(chosen.name, await chosen.text());
        e.target.value = '';
      },
    });
  return h(
    'section',
    { class: 'step no-print', 'aria-labelledby': 'step-file' },
    h('h2', { id: 'step-file', text: t('stepFile') }),
    h('p', { class: 'hint', text: t('fileHint') }),
    field({
      id: 'open-current',
      label: t('openCurrent'),
      control: openInput('open-current', (name, text) => openFile(name, text, 'current')),
    }),
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'button', class: 'button secondary', id: 'start-empty', text: t('startEmpty'), onclick: startEmpty }),
      h('button', { type: 'button', class: 'button secondary', id: 'open-example', text: t('openExample'), onclick: openExample }),
    ),
    field({
      id: 'open-previous',
      label: t('openPrevious'),
      control: openInput('open-previous', (name, text) => openFile(name, text, 'previous')),
    }),
    fileStatus(file),
    h(
      'div',
      { class: 'field field-check' },
      h('input', {
        type: 'checkbox',
        id: 'example-mark',
        checked: work.example === true,
        onchange: (e) => {
          work.example = e.target.checked || undefined;
          if (!work.example) delete work.exampleNote;
          changed();
        },
      }),
      h('label', { for: 'example-mark', text: t('exampleCheckbox') }),
      work.example ? h('p', { class: 'hint after', text: t('exampleMark') }) : undefined,
    ),
  );
}

function measuresStep() {
  const choices = h('select', {
    onchange: (e) => {
      setChoice = e.target.value;
      const first = measuresOf(setChoice)[0];
      if (first) previewMeasure = first.id;
      previewIndicator = indicatorsOfSet(setChoice)[0]?.id ?? '';
      render();
    },
  });
  for (const theme of themes()) {
    const group = h('optgroup', { label: t('theme', theme.number, pick(theme.title)) });
    for (const set of setsOf(theme.id)) {
      const measures = measuresOf(set.id);
      const done = measures.filter((m) => !statusProblems(m.id, work.statuses[m.id]).size && work.statuses[m.id]).length;
      group.append(
        h('option', {
          value: set.id,
          selected: set.id === setChoice,
          text: t('setOption', set.number, pick(set.title), done, measures.length),
        }),
      );
    }
    choices.append(group);
  }
  choices.append(h('option', { value: 'programme', selected: setChoice === 'programme', text: t('programmeIndicators') }));
  const measures = setChoice === 'programme' ? [] : measuresOf(setChoice);
  const indicators = indicatorsOfSet(setChoice);
  return h(
    'section',
    { class: 'step no-print', 'aria-labelledby': 'step-measures' },
    h('h2', { id: 'step-measures', text: t('stepMeasures') }),
    field({ id: 'set-choice', label: t('setChoice'), hint: t('setHint'), control: choices }),
    ...measures.map(measureForm),
    h(
      'section',
      { class: 'indicators', 'aria-labelledby': 'indicator-values' },
      h('h3', { id: 'indicator-values', text: t('indicatorValues') }),
      indicators.length ? indicators.map(indicatorForm) : h('p', { text: t('noIndicators') }),
    ),
  );
}

/** The three language fields of a text, as one group. */
function textFields(prefix, values, label, onInput, multiline = false) {
  return LANGUAGES.map((l) =>
    field({
      id: `${prefix}-${l}`,
      label: t(label, l),
      control: h(multiline ? 'textarea' : 'input', {
        ...(multiline ? { rows: 2 } : { type: 'text' }),
        lang: l,
        dir: 'auto',
        value: multiline ? undefined : (values?.[l] ?? ''),
        text: multiline ? (values?.[l] ?? '') : undefined,
        oninput: (e) => onInput(l, e.target.value),
      }),
    }),
  );
}

function sourceFields(prefix, source, update, check) {
  return h(
    'fieldset',
    { class: 'source', onchange: check },
    h('legend', { text: t('source') }),
    h('p', { class: 'hint', text: t('sourceHint') }),
    textFields(`${prefix}-source`, source?.name, 'sourceName', (l, value) => update((s) => ({ ...s, name: { ...s.name, [l]: value } }))),
    field({
      id: `${prefix}-source-url`,
      label: t('sourceUrl'),
      control: h('input', {
        type: 'url',
        inputmode: 'url',
        autocomplete: 'off',
        spellcheck: 'false',
        value: source?.url ?? '',
        oninput: (e) => update((s) => ({ ...s, url: e.target.value })),
      }),
    }),
  );
}

function measureForm(measure) {
  const entry = work.statuses[measure.id];
  const prefix = `s-${idOf(measure.id)}`;
  const fieldsOfMeasure = () => [fieldIds.status(measure.id), fieldIds.date(measure.id), fieldIds.sourceName(prefix), fieldIds.url(prefix)];
  const update = (fn) => {
    const next = fn(work.statuses[measure.id] ?? { value: '', reportedAt: '', source: { name: {}, url: '' } });
    const empty = !next.value && !next.reportedAt && !texts(next.source?.name ?? {}) && !next.source?.url && !texts(next.note ?? {});
    if (empty) delete work.statuses[measure.id];
    else work.statuses[measure.id] = next;
    previewMeasure = measure.id;
    // Typing clears a message once the field is right; new messages wait for the field's change.
    const problems = statusProblems(measure.id, work.statuses[measure.id]);
    for (const fieldId of fieldsOfMeasure()) if (shown.has(fieldId) && !problems.has(fieldId)) shown.delete(fieldId);
    changed(false);
  };
  const check = () => {
    show(statusProblems(measure.id, work.statuses[measure.id]), fieldsOfMeasure());
    render();
  };
  const scale = scaleOf(measure);
  const select = h(
    'select',
    { onchange: (e) => (update((s) => ({ ...s, value: e.target.value })), check()) },
    h('option', { value: '', text: t('notReported') }),
    ...(scale?.values ?? []).map((v) => h('option', { value: v.value, selected: entry?.value === v.value, text: pick(v.label) })),
  );
  const date = h('input', {
    type: 'date',
    max: today(),
    value: entry?.reportedAt ?? '',
    oninput: (e) => update((s) => ({ ...s, reportedAt: e.target.value })),
    onchange: check,
  });
  return h(
    'fieldset',
    { class: 'measure', id: `measure-${idOf(measure.id)}` },
    h('legend', { text: t('measure', measure.id, pick(measure.title)) }),
    field({ id: fieldIds.status(measure.id), label: t('status'), control: select }),
    field({ id: fieldIds.date(measure.id), label: t('reportedAt'), hint: t('dateHint'), control: date }),
    sourceFields(prefix, entry?.source, (fn) => update((s) => ({ ...s, source: fn(s.source ?? { name: {}, url: '' }) })), check),
    h(
      'details',
      { class: 'note', open: texts(entry?.note ?? {}) ? true : undefined },
      h('summary', { text: t('note') }),
      textFields(`${prefix}-note`, entry?.note, 'noteIn', (l, value) => update((s) => ({ ...s, note: { ...s.note, [l]: value } })), true),
    ),
    entry
      ? h('button', {
          type: 'button',
          class: 'button secondary',
          id: `clear-${idOf(measure.id)}`,
          text: t('clearStatus', measure.id),
          onclick: () => {
            delete work.statuses[measure.id];
            for (const fieldId of fieldsOfMeasure()) shown.delete(fieldId);
            changed();
            document.getElementById(fieldIds.status(measure.id))?.focus();
          },
        })
      : undefined,
  );
}

function indicatorForm(ind) {
  const rows = work.observations[ind.id] ?? [];
  const name = pick(ind.name);
  const rowFields = (i) => {
    const prefix = `v-${idOf(ind.id)}-${i}`;
    return [`${prefix}-period`, `${prefix}-value`, fieldIds.sourceName(prefix), fieldIds.url(prefix)];
  };
  const allFields = () => rows.flatMap((_, i) => rowFields(i));
  const update = (i, fn) => {
    const list = [...(work.observations[ind.id] ?? [])];
    list[i] = fn(list[i]);
    work.observations[ind.id] = list;
    previewIndicator = ind.id;
    const problems = valueProblems(ind.id);
    for (const fieldId of allFields()) if (shown.has(fieldId) && !problems.has(fieldId)) shown.delete(fieldId);
    changed(false);
  };
  const check = () => {
    show(valueProblems(ind.id), allFields());
    render();
  };
  return h(
    'fieldset',
    { class: 'indicator', id: `indicator-${idOf(ind.id)}` },
    h('legend', { text: name }),
    ...rows.map((row, i) => {
      const prefix = `v-${idOf(ind.id)}-${i}`;
      return h(
        'fieldset',
        { class: 'value-row', onchange: check },
        h('legend', { text: t('valueRow', i + 1) }),
        h(
          'div',
          { class: 'pair' },
          field({
            id: `${prefix}-period`,
            label: t('period'),
            hint: t('periodHint'),
            control: h('input', {
              type: 'text',
              autocomplete: 'off',
              value: row.period ?? '',
              oninput: (e) => update(i, (r) => ({ ...r, period: e.target.value })),
            }),
          }),
          field({
            id: `${prefix}-value`,
            label: t('value'),
            control: h('input', {
              type: 'text',
              inputmode: 'decimal',
              autocomplete: 'off',
              value: row.value ?? '',
              oninput: (e) => update(i, (r) => ({ ...r, value: e.target.value })),
            }),
          }),
        ),
        sourceFields(prefix, row.source, (fn) => update(i, (r) => ({ ...r, source: fn(r.source ?? { name: {}, url: '' }) })), check),
        h('button', {
          type: 'button',
          class: 'button secondary',
          text: t('removeValue', i + 1, name),
          onclick: () => {
            const list = [...rows];
            list.splice(i, 1);
            if (list.length) work.observations[ind.id] = list;
            else delete work.observations[ind.id];
            for (const fieldId of allFields()) shown.delete(fieldId);
            changed();
            document.getElementById(`add-${idOf(ind.id)}`)?.focus();
          },
        }),
      );
    }),
    h('button', {
      type: 'button',
      class: 'button secondary',
      id: `add-${idOf(ind.id)}`,
      text: t('addValue', name),
      onclick: () => {
        work.observations[ind.id] = [...rows, { period: '', value: '', source: { name: {}, url: '' } }];
        previewIndicator = ind.id;
        changed();
        document.getElementById(`v-${idOf(ind.id)}-${rows.length}-period`)?.focus();
      },
    }),
  );
}

function previewStep() {
  const measures = setChoice === 'programme' ? programme.measures : measuresOf(setChoice);
  const indicators = indicatorsOfSet(setChoice);
  if (!measures.some((m) => m.id === previewMeasure)) previewMeasure = measures[0]?.id ?? programme.measures[0].id;
  if (!indicators.some((i) => i.id === previewIndicator)) previewIndicator = indicators[0]?.id ?? '';
  return h(
    'section',
    { class: 'step no-print', 'aria-labelledby': 'step-preview' },
    h('h2', { id: 'step-preview', text: t('stepPreview') }),
    h('p', { class: 'hint', text: t('previewHint') }),
    h(
      'div',
      { class: 'pair' },
      field({
        id: 'preview-measure',
        label: t('previewMeasure'),
        control: h(
          'select',
          { onchange: (e) => ((previewMeasure = e.target.value), render()) },
          ...measures.map((m) => h('option', { value: m.id, selected: m.id === previewMeasure, text: `${m.id} ${pick(m.title)}` })),
        ),
      }),
      indicators.length
        ? field({
            id: 'preview-indicator',
            label: t('previewIndicator'),
            control: h(
              'select',
              { onchange: (e) => ((previewIndicator = e.target.value), render()) },
              ...indicators.map((i) => h('option', { value: i.id, selected: i.id === previewIndicator, text: pick(i.name) })),
            ),
          })
        : undefined,
    ),
    h(
      'div',
      // (Focusable: the preview scrolls within its box, and a keyboard must be able to scroll it.)
      { id: 'preview', class: 'preview', role: 'region', 'aria-label': t('preview'), tabindex: '0' },
      h('hki-measure-card', { measure: previewMeasure }),
      h('hki-programme-summary', { 'heading-level': 3 }),
      previewIndicator ? h('hki-indicator-chart', { indicator: previewIndicator, 'heading-level': 3 }) : undefined,
    ),
  );
}

/** Points the preview's widgets at the work as it is (its complete entries), as a blob: URL. */
function updatePreview(file) {
  const old = previewUrl;
  previewUrl = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
  for (const el of document.querySelectorAll('#preview > *')) el.setAttribute('monitoring', previewUrl);
  // (The widgets have read the old one by the time this runs again; a moment later, it goes.)
  if (old) setTimeout(() => URL.revokeObjectURL(old), 10_000);
}

function downloadStep() {
  return h(
    'section',
    { class: 'step no-print', 'aria-labelledby': 'step-download' },
    h('h2', { id: 'step-download', text: t('stepDownload') }),
    h('p', { class: 'hint', text: t('downloadHint') }),
    h('button', { type: 'button', class: 'button', id: 'download', text: t('download'), onclick: download }),
    h('div', { id: 'download-status', class: 'download-status', tabindex: '-1' }),
  );
}

/** Saves a text as a file, as a download; tells the page (tests listen) what was saved. */
function save(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  document.dispatchEvent(new CustomEvent('hki-report-saved', { detail: { name, text } }));
}

function download() {
  const status = document.getElementById('download-status');
  const problems = allProblems();
  if (problems.length) {
    for (const p of problems) shown.set(p.fieldId, p.key);
    render();
    const box = document.getElementById('download-status');
    box.replaceChildren(
      h('p', { class: 'error-title', text: t('fixFirst', problems.length) }),
      h(
        'ul',
        {},
        problems.map((p) =>
          h(
            'li',
            {},
            h('a', {
              href: `#${p.fieldId}`,
              text: `${p.label}: ${t(p.key)}`,
              onclick: (e) => {
                e.preventDefault();
                if (p.setId !== setChoice) {
                  setChoice = p.setId;
                  render();
                }
                document.getElementById(p.fieldId)?.focus();
              },
            }),
          ),
        ),
      ),
    );
    box.className = 'download-status error';
    box.setAttribute('role', 'alert');
    box.focus();
    return;
  }
  const file = publishable();
  const result = lib.validateMonitoring(file, programme, { today: today() });
  if (!result.valid) {
    status.className = 'download-status error';
    status.setAttribute('role', 'alert');
    status.replaceChildren(
      h('p', { class: 'error-title', text: t('fileCheck') }),
      h(
        'ul',
        {},
        result.errors.slice(0, 20).map((e) => h('li', { text: `${e.pointer || '/'}: ${e.message}` })),
      ),
    );
    status.focus();
    return;
  }
  const name = `monitoring-${today()}.json`;
  save(name, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  workName = name;
  dropDraft();
  notice = '';
  render();
  const done = document.getElementById('download-status');
  done.className = 'download-status done';
  done.setAttribute('role', 'status');
  done.replaceChildren(h('p', { text: t('downloaded', name) }));
}

function reviewStep(file) {
  const review = lib.statusReview(file, programme, previous, { locale: lang, today: today() });
  const label = (value) => review.values.find((v) => v.value === value)?.label ?? value;
  const measureName = (id) => `${id} ${pick(programme.measures.find((m) => m.id === id)?.title)}`;
  const usedValues = review.values.filter((v) => review.themes.some((th) => th.counts[v.value] > 0) || v.value === 'not-reported');
  const changes =
    review.changes === null
      ? h('p', { text: t('noPrevious') })
      : review.changes.length === 0
        ? h('p', { text: t('noChanges') })
        : h(
            'ul',
            {},
            review.changes.map((c) =>
              h('li', {
                text:
                  c.kind === 'new'
                    ? t('changeNew', measureName(c.measureId), c.newLabel ?? label(c.newValue), dayOf(c.newDate))
                    : c.kind === 'removed'
                      ? t('changeRemoved', measureName(c.measureId), c.oldLabel ?? label(c.oldValue))
                      : t(
                          'changeChanged',
                          measureName(c.measureId),
                          `${c.oldLabel ?? label(c.oldValue)} (${dayOf(c.oldDate)})`,
                          `${c.newLabel ?? label(c.newValue)} (${dayOf(c.newDate)})`,
                        ),
              }),
            ),
          );
  const byTheme = themes().map((theme) => ({ theme, measures: review.measures.filter((m) => m.themeId === theme.id) }));
  return h(
    'section',
    { class: 'step review', 'aria-labelledby': 'step-review' },
    h('h2', { id: 'step-review', class: 'no-print', text: t('stepReview') }),
    h('p', { class: 'hint no-print', text: t('reviewHint') }),
    h(
      'div',
      { class: 'button-row no-print' },
      h('button', { type: 'button', class: 'button', id: 'print', text: t('print'), onclick: () => window.print() }),
      h('button', {
        type: 'button',
        class: 'button secondary',
        id: 'download-csv',
        text: t('downloadCsv'),
        onclick: () => save(`status-review-${today()}-${lang}.csv`, lib.reviewCsv(review, lang), 'text/csv'),
      }),
    ),
    h(
      'article',
      { id: 'review', class: 'review-document', 'aria-labelledby': 'review-title' },
      h('h2', { id: 'review-title', text: `${t('reviewTitle')}: ${review.programme.title}` }),
      h('p', {
        text: `${review.programme.period}. ${t('reviewMade', dayOf(review.generatedAt), review.publishedAt ? dayOf(review.publishedAt) : '')}`,
      }),
      review.example ? h('p', { class: 'example-note', text: review.exampleNote || t('exampleMark') }) : undefined,
      h('h3', { id: 'counts-title', text: t('countsTitle') }),
      h(
        'div',
        { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'counts-title' },
        h(
          'table',
          { class: 'counts', 'aria-labelledby': 'counts-title' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col', text: t('themeColumn') }),
              usedValues.map((v) => h('th', { scope: 'col', text: v.label })),
              h('th', { scope: 'col', text: t('total') }),
            ),
          ),
          h(
            'tbody',
            {},
            review.themes.map((th) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row', text: `${th.number}. ${th.title}` }),
                usedValues.map((v) => h('td', { text: String(th.counts[v.value] ?? 0) })),
                h('td', { text: String(th.total) }),
              ),
            ),
          ),
        ),
      ),
      h('h3', { text: t('changesTitle') }),
      changes,
      h('h3', { text: t('measuresTitle') }),
      byTheme.map(({ theme, measures }) =>
        h(
          'div',
          { class: 'review-theme' },
          h('h4', { text: t('theme', theme.number, pick(theme.title)) }),
          h(
            'div',
            { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('theme', theme.number, pick(theme.title)) },
            h(
              'table',
              { class: 'measures' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  [t('measureColumn'), t('status'), t('dateColumn'), t('noteColumn'), t('sourceColumn')].map((text) =>
                    h('th', { scope: 'col', text }),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                measures.map((m) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row', text: `${m.id} ${m.title}` }),
                    h('td', { text: m.statusLabel }),
                    h('td', { text: m.reportedAt ? dayOf(m.reportedAt) : '' }),
                    h('td', { dir: 'auto', text: m.note ?? '' }),
                    h(
                      'td',
                      {},
                      m.source
                        ? [h('span', { dir: 'auto', text: m.source.name }), ' ', h('span', { class: 'url', text: m.source.url })]
                        : '',
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Opening files, and every change
// ---------------------------------------------------------------------------------------------

/** After any change to the work: kept in this browser, the page (and preview) redrawn. */
function changed(redraw = true) {
  saveDraft();
  notice = '';
  if (redraw) render();
  else {
    const file = publishable();
    updatePreview(file);
    // Only when its words change: a screen reader would otherwise read the status at each keystroke.
    const status = document.getElementById('file-status');
    const next = fileStatus(file);
    if (status && status.textContent !== next.textContent) status.replaceWith(next);
  }
}

/** The work as edited from a valid file: every entry as the form holds it. */
const editable = (file) => ({
  ...file,
  statuses: structuredClone(file.statuses ?? {}),
  observations: Object.fromEntries(
    Object.entries(file.observations ?? {}).map(([id, rows]) => [
      id,
      rows.map((r) => ({ ...r, value: r.value === null ? '' : String(r.value), source: r.source ?? { name: {}, url: '' } })),
    ]),
  ),
});

async function openFile(name, text, which) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    notice = t('fileUnreadable', name);
    render();
    return;
  }
  const result = lib.validateMonitoring(raw, programme, { today: today() });
  if (!result.valid) {
    console.error(
      `[hki-report] ${name} is not a valid monitoring file:\n${result.errors.map((e) => `${e.pointer || '/'}: ${e.message}`).join('\n')}`,
    );
    notice = t('fileInvalid', name);
    render();
    document.getElementById('file-status')?.focus();
    return;
  }
  if (which === 'previous') {
    previous = raw;
    previousName = name;
    saveDraft();
    notice = '';
    render();
    return;
  }
  if (dirty && !window.confirm(t('replaceConfirm'))) return;
  work = editable(raw);
  workName = name;
  shown.clear();
  saveDraft();
  dirty = false;
  notice = '';
  render();
}

function startEmpty() {
  if (dirty && !window.confirm(t('replaceConfirm'))) return;
  work = emptyFile();
  workName = '';
  shown.clear();
  dropDraft();
  render();
}

async function openExample() {
  const response = await fetch(EXAMPLE_URL);
  await openFile('monitoring.example.json', await response.text(), 'current');
}

// ---------------------------------------------------------------------------------------------
// The language, and the start
// ---------------------------------------------------------------------------------------------

function setLanguage(code) {
  lang = code;
  root.lang = code;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const button of document.querySelectorAll('[data-ui-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.uiLang === code));
  if (programme) render();
}

for (const button of document.querySelectorAll('[data-ui-lang]'))
  button.addEventListener('click', () => setLanguage(button.dataset.uiLang));

// Without storage, leaving the page loses the work: the browser asks first.
window.addEventListener('beforeunload', (e) => {
  if (dirty && !storageWorks) e.preventDefault();
});

async function start() {
  setLanguage(initialLanguage());
  const status = document.getElementById('load-status');
  try {
    const [data, monitoring] = await Promise.all([
      fetch(new URL('programme.json', DATA_URL)).then((r) => {
        if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
        return r.json();
      }),
      import(LIB_URL),
    ]);
    programme = data;
    lib = monitoring;
  } catch (error) {
    console.error(`[hki-report] the page could not start: ${error.message}`);
    status.replaceChildren(h('p', { class: 'error', text: t('loadFailed') }));
    return;
  }
  work = emptyFile();
  restoreDraft();
  setChoice = programme.measureSets[0].id;
  previewMeasure = measuresOf(setChoice)[0]?.id ?? '';
  status.replaceChildren();
  status.hidden = true;
  app.hidden = false;
  render();
}

/**
 * Works offline once opened: a service worker (sw.js) keeps a copy of this site's files the page
 * uses, told here of those loaded before it ran. Not where service workers cannot run (a file: page,
 * a test's srcdoc frame): the page then simply needs the network to open.
 */
async function workOffline() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  try {
    await navigator.serviceWorker.register(new URL('sw.js', document.baseURI));
    const { active } = await navigator.serviceWorker.ready;
    active?.postMessage({ keep: [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)] });
  } catch (error) {
    console.warn(`[hki-report] this page will not open offline: ${error.message}`);
  }
}

start().then(workOffline);
