/**
 * One service as a card, shared by <hki-service-finder> (its results) and <hki-service-card>.
 * Every fact the data does not have is either left out or said to be unknown, never guessed;
 * every link goes through safeHref (https, http, mailto, tel only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, heading, plural, safeHref, type PickedText, type TextContext } from '@hki-widgets/core';
import type { Contact, District, OpeningHours, Service } from '@hki-widgets/data';
import { openState } from './hours.js';
import { autonym, nameIn } from './languages.js';
import { channelLabel, clock, topicLabel, weekdayWhen } from './labels.js';

/** What a card needs from the element that shows it: its language and texts, the districts, the time. */
export interface RenderContext extends TextContext {
  districts: District[];
  now: Date;
  /** Distance in km from the chosen place, when sorting by distance. */
  distance?: number;
  /** Live opening hours (`hours="hauki"`) of a service on screen, when the element fetches them. */
  liveHours?: (service: Service) => LiveHours | undefined;
}

/**
 * What a live register says about a service's hours: structured hours that replace the service's
 * own, or that they could not be fetched (the service's own hours stay, with a note).
 */
export interface LiveHours {
  hours?: OpeningHours;
  failed?: boolean;
}

/** A contact as the card shows it: a safe link, its name (in the page's language or a marked fallback), and what it says. */
interface ShownContact {
  contact: Contact;
  href: string;
  /** The connection's name ("Cashier", "Booking"), when the data has one. */
  name?: PickedText;
  /** The language of the page a web link leads to, when the data gives its address per language. */
  hreflang?: string;
}

/**
 * A contact as a safe link: tel: and mailto: made from the plain value, a web address in the page's
 * language (or another where the page's has none) kept as it is. One contact is one link, whatever
 * the number of languages its address is given in.
 */
function shownContact(contact: Contact, ctx: RenderContext): ShownContact | undefined {
  const value = contact.value.trim();
  const name = ctx.pick(contact.label);
  let href: string | undefined;
  let hreflang: string | undefined;
  if (contact.kind === 'phone') href = safeHref(`tel:${value.replace(/[^\d+]/g, '')}`, 'hki-service-finder');
  else if (contact.kind === 'email')
    href = /^[^\s@<>"]+@[^\s@<>"]+$/.test(value) ? safeHref(`mailto:${value}`, 'hki-service-finder') : undefined;
  else {
    const address = ctx.pick(contact.values);
    href = safeHref(address?.text ?? value, 'hki-service-finder');
    if (address) hreflang = address.lang;
  }
  if (!href) return undefined;
  return { contact, href, ...(name ? { name } : {}), ...(hreflang ? { hreflang } : {}) };
}

/** The host of a web address, to tell apart links that have no name ("Website (www.hel.fi)"). */
function hostOf(href: string): string {
  try {
    return new URL(href).host;
  } catch {
    return href;
  }
}

/**
 * A contact's link text: a web link's name (never its bare address; a link without a name is
 * "Website" and its host), a phone number or email address beside its name ("Cashier: 09 310 87401").
 */
function contactText({ contact, href, name }: ShownContact, ctx: RenderContext): TemplateResult {
  const named = name ? html`<span lang=${ctx.langOf(name)} dir="auto">${name.text}</span>` : undefined;
  if (contact.kind === 'web') return named ?? html`${msg(str`Website (${hostOf(href)})`)}`;
  const kind = contact.kind === 'phone' ? msg('Phone') : msg('Email');
  return html`${named ?? kind}: <span dir="ltr">${contact.value.trim()}</span>`;
}

function renderContacts(service: Service, ctx: RenderContext): TemplateResult | typeof nothing {
  const contacts = (service.contacts ?? []).map((c) => shownContact(c, ctx)).filter((c): c is ShownContact => c !== undefined);
  if (!contacts.length) return nothing;
  return html`<ul class="contacts">
    ${contacts.map(
      (shown) =>
        html`<li>
          <a
            class="link"
            href=${shown.href}
            hreflang=${shown.hreflang ?? nothing}
            rel=${shown.contact.kind === 'web' ? 'noopener noreferrer' : nothing}
            >${contactText(shown, ctx)}</a
          >
        </li>`,
    )}
  </ul>`;
}

/** The number of accessibility facts, for the disclosure's summary. */
function accessibilitySummary(count: number): string {
  return plural(count, {
    one: () => msg(str`Accessibility (${count} fact)`),
    other: () => msg(str`Accessibility (${count} facts)`),
  });
}

function renderAccessibility(service: Service, ctx: RenderContext): TemplateResult | typeof nothing {
  const groups = (service.accessibility ?? [])
    .map((group) => ({ title: ctx.pick(group.group), sentences: group.sentences.map((s) => ctx.pick(s)).filter((s) => s !== undefined) }))
    .filter((group) => group.sentences.length > 0);
  const count = groups.reduce((n, group) => n + group.sentences.length, 0);
  if (!count) return nothing;
  return html`<details class="accessibility">
    <summary>${accessibilitySummary(count)}</summary>
    ${groups.map(
      ({ title, sentences }) =>
        html`${title ? html`<p class="group" lang=${ctx.langOf(title)} dir="auto">${title.text}</p>` : nothing}
          <ul>
            ${sentences.map((sentence) => html`<li lang=${ctx.langOf(sentence)} dir="auto">${sentence.text}</li>`)}
          </ul>`,
    )}
  </details>`;
}

/** A picture that cannot be shown (offline, blocked by the site's img-src) leaves no broken-image icon behind. */
const hideBroken = (event: Event) => ((event.target as HTMLElement).hidden = true);

/** The service's picture, only with its alt text and only from an https address. */
function renderPicture(service: Service, ctx: RenderContext): TemplateResult | typeof nothing {
  const picture = service.picture;
  const alt = ctx.pick(picture?.alt);
  if (!picture || !alt || !/^https:\/\//i.test(picture.url.trim())) return nothing;
  const src = safeHref(picture.url.trim(), 'hki-service-finder');
  if (!src) return nothing;
  return html`<img
    class="picture"
    src=${src}
    alt=${alt.text}
    lang=${ctx.langOf(alt)}
    loading="lazy"
    decoding="async"
    @error=${hideBroken}
  />`;
}

/** The languages a service is given in, each in its own language and in the interface's. */
function renderLanguages(service: Service, ctx: RenderContext): TemplateResult | typeof nothing {
  const interpreter = service.interpreter === true;
  if (!service.languages.length && !interpreter) return nothing;
  return html`<div>
    <dt>${msg('Languages')}</dt>
    <dd>
      ${
        service.languages.length
          ? html`<ul class="inline">
              ${service.languages.map((l) => {
                const own = autonym(l.code);
                // The data's own word for the language wins (Serbo-Croatian has no name of its own in Intl).
                const ui = ctx.pick(l.note)?.text ?? nameIn(l.code, ctx.uiLocale);
                return html`<li>
                  <span lang=${l.code} dir="auto">${own}</span>${own.toLocaleLowerCase() === ui.toLocaleLowerCase() ? nothing : ` (${ui})`}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${interpreter ? html`<span class="note">${msg('An interpreter can be booked.')}</span>` : nothing}
    </dd>
  </div>`;
}

export function renderHours(service: Service, ctx: RenderContext): TemplateResult {
  const live = ctx.liveHours?.(service);
  const hours = live?.hours ?? service.openingHours;
  return html`${renderHoursOf(hours, ctx)}${
    live?.failed ? html`<p class="note hours-failed">${msg('The current opening hours could not be fetched.')}</p>` : nothing
  }`;
}

function renderHoursOf(hours: OpeningHours, ctx: RenderContext): TemplateResult {
  if (hours.kind === 'text') {
    // Each line as the source gives it (one register entry each), in the page's language where it
    // has one; a line's own line breaks are kept (white-space: pre-wrap).
    const lines = (hours.lines?.length ? hours.lines : [hours.text]).map((line) => ctx.pick(line)).filter((line) => line !== undefined);
    return html`<div class="hours text">
      <span class="label">${msg('Opening hours:')}</span>
      ${lines.map((line) => html`<p class="hours-line" lang=${ctx.langOf(line)} dir="auto">${line.text}</p>`)}
    </div>`;
  }
  const state = openState(hours, ctx.now);
  if (state.state === 'unknown')
    return html`<p class="hours unknown"><span class="label">${msg('Opening hours:')}</span> ${msg('not known')}</p>`;
  if (state.state === 'open') {
    const until = state.closes === '24:00' ? msg('until midnight') : msg(str`closes at ${clock(state.closes)}`);
    return html`<p class="hours open" data-open="true"><strong>${msg('Open now')}</strong>, ${until}</p>`;
  }
  const opens = state.opens;
  return html`<p class="hours closed" data-open="false">
    <strong>${msg('Closed now')}</strong
    >${opens ? html`, ${msg(str`opens ${weekdayWhen(opens.day, ctx.uiLocale)} at ${clock(opens.time)}`)}` : nothing}
  </p>`;
}

/**
 * One service as a card. A fact the data does not have leaves out its row (no "Languages" or "How"
 * without content, no empty "Topics"); only opening hours say they are not known, because a resident
 * must not read their absence as "open".
 */
export function renderService(service: Service, level: number, ctx: RenderContext): TemplateResult {
  const summary = ctx.pick(service.plain ?? service.description);
  const provider = ctx.pick(service.providerName);
  const location = service.locations?.find((l) => l.street) ?? service.locations?.[0];
  const street = ctx.pick(location?.street);
  const city = ctx.pick(location?.city);
  const district = ctx.districts.find((d) => d.id === location?.district);
  const districtName = ctx.pick(district?.name);
  const languages = renderLanguages(service, ctx);
  const hasFacts = languages !== nothing || location || service.channels.length > 0 || service.topics.length > 0;
  return html`<article class="service" tabindex="-1" aria-labelledby=${`service-${service.id}`}>
    ${heading(level, 'service-name', ctx.text(service.name), `service-${service.id}`)}
    ${provider ? html`<p class="provider" lang=${ctx.langOf(provider)} dir="auto">${provider.text}</p>` : nothing}
    ${renderPicture(service, ctx)}
    ${summary ? html`<p class="summary" lang=${ctx.langOf(summary)} dir="auto">${summary.text}</p>` : nothing}
    ${
      hasFacts
        ? html`<dl class="facts">
            ${languages}
            ${
              location
                ? html`<div>
                    <dt>${msg('Address')}</dt>
                    <dd>
                      ${street ? html`${ctx.text(street)}${location.postalCode || city ? ', ' : ''}` : nothing}${location.postalCode ?? ''}
                      ${ctx.text(city)}
                      ${districtName ? html`<span class="note">${msg(str`District: ${districtName.text}`)}</span>` : nothing}
                      ${
                        ctx.distance !== undefined
                          ? html`<span class="note">${msg(str`${formatNumber(ctx.distance, { maximumFractionDigits: 1 })} km away`)}</span>`
                          : nothing
                      }
                    </dd>
                  </div>`
                : nothing
            }
            ${
              service.channels.length
                ? html`<div>
                    <dt>${msg('How')}</dt>
                    <dd>${service.channels.map(channelLabel).join(', ')}</dd>
                  </div>`
                : nothing
            }
            ${
              service.topics.length
                ? html`<div>
                    <dt>${msg('Topics')}</dt>
                    <dd>${service.topics.map(topicLabel).join(', ')}</dd>
                  </div>`
                : nothing
            }
          </dl>`
        : nothing
    }
    ${renderHours(service, ctx)}
    <p class="badges">
      ${service.free === true ? html`<span class="badge">${msg('Free of charge')}</span>` : nothing}
      ${service.appointment === 'not-needed' ? html`<span class="badge">${msg('No appointment needed')}</span>` : nothing}
      ${service.appointment === 'required' ? html`<span class="badge">${msg('Appointment needed')}</span>` : nothing}
      ${service.example ? html`<span class="badge example">${msg('Example data')}</span>` : nothing}
    </p>
    ${renderContacts(service, ctx)} ${renderAccessibility(service, ctx)}
  </article>`;
}
