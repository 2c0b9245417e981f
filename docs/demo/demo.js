// The demo page's own language switch, standing in for the site's (Drupal's) language menu.
const texts = {
  fi: {
    division: 'Demotoimiala',
    title: 'Kaikkien Stadi',
    note: 'Tämä on esittelysivu. Se upottaa widgetit samoin kuin toimialan sivusto: yksi skripti ja yksi elementti widgetiä kohden. Vaihda sivun kieltä yllä: widgetit seuraavat sitä.',
    termsHeading: 'Ohjelman käyttämiä sanoja',
    cardHeading: 'Yksi toimenpide',
    chartHeading: 'Mittari (esimerkkiarvot)',
    explorerHeading: 'Kaikki toimenpiteet',
    errorHeading: 'Kun tietoja ei voi ladata',
    errorText:
      'Alla ensimmäinen termi hakee tietoja tiedostosta, jota ei ole. Se näyttää lyhyen ilmoituksen, ja toinen termi toimii silti.',
    footer:
      'Tiedot: Kaikkien Stadi – Helsingin kaupungin kotouttamisohjelma 2017–2021, Helsingin kaupunki (osa suomenkielisistä teksteistä on luonnoskäännöksiä).',
  },
  sv: {
    division: 'Demosektor',
    title: 'En stad för alla',
    note: 'Det här är en demonstrationssida. Den bäddar in widgetarna så som en sektors webbplats gör: ett skript och ett element per widget. Byt sidans språk ovan: widgetarna följer det.',
    termsHeading: 'Ord som programmet använder',
    cardHeading: 'En åtgärd',
    chartHeading: 'En mätare (exempelvärden)',
    explorerHeading: 'Alla åtgärder',
    errorHeading: 'När uppgifterna inte kan laddas',
    errorText:
      'Den första termen nedan hämtar uppgifter från en fil som inte finns. Den visar ett kort meddelande, och den andra termen fungerar ändå.',
    footer: 'Uppgifter: En stad för alla – Helsingfors integrationsprogram 2017–2021, Helsingfors stad.',
  },
};

const originals = new Map([...document.querySelectorAll('[data-i18n]')].map((el) => [el, el.textContent]));

function setLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const [el, english] of originals) el.textContent = texts[lang]?.[el.dataset.i18n] ?? english.trim();
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
setLanguage(new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang);
