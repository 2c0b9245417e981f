/**
 * One service as a card, shared by <hki-service-finder> (its results) and <hki-service-card>.
 * Every fact the data does not have is either left out or said to be unknown, never guessed;
 * every link goes through safeHref (https, http, mailto, tel only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, heading, safeHref, type TextContext } from '@hki-widgets/core';
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

/** A contact as a safe link: tel: and mailto: made from the plain value, http(s) kept as is. */
function contactHref(contact: Contact): string | undefined {
  const value = contact.value.trim();
  if (contact.kind === 'phone') return safeHref(`tel:${value.replace(/[^\d+]/g, '')}`, 'hki-service-finder');
  if (contact.kind === 'email')
    return /^[^\s@<>"]+@[^\s@<>"]+$/.test(value) ? safeHref(`mailto:${value}`, 'hki-service-finder') : undefined;
  return safeHref(value, 'hki-service-finder');
}

function contactLabel(contact: Contact): string {
  if (contact.kind === 'phone') return msg('Phone');
  if (contact.kind === 'email') return msg('Email');
  return msg('Website');
}

export function renderHours(service: Service, ctx: RenderContext): TemplateResult {
  const live = ctx.liveHours?.(service);
  const hours = live?.hours ?? service.openingHours;
  return html`${renderHoursOf(hours, ctx)}${
    live?.failed ? html`<p class="note hours-failed">${msg('The current opening hours could not be fetched.')}</p>` : nothing
  }`;
}

function renderHoursOf(hours: OpeningHours, ctx: RenderContext): TemplateResult {
  if (hours.kind === 'text') return html`<p class="hours"><span class="label">${msg('Opening hours:')}</span> ${ctx.text(hours.text)}</p>`;
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

export function renderService(service: Service, level: number, ctx: RenderContext): TemplateResult {
  const summary = ctx.pick(service.plain ?? service.description);
  const provider = ctx.pick(service.providerName);
  const location = service.locations?.find((l) => l.street) ?? service.locations?.[0];
  const street = ctx.pick(location?.street);
  const city = ctx.pick(location?.city);
  const district = ctx.districts.find((d) => d.id === location?.district);
  const districtName = ctx.pick(district?.name);
  const contacts = (service.contacts ?? [])
    .map((c) => ({ contact: c, href: contactHref(c), label: ctx.pick(c.label) }))
    .filter((c) => c.href);
  return html`<article class="service" tabindex="-1" aria-labelledby=${`service-${service.id}`}>
    ${heading(level, 'service-name', ctx.text(service.name), `service-${service.id}`)}
    ${provider ? html`<p class="provider" lang=${ctx.langOf(provider)} dir="auto">${provider.text}</p>` : nothing}
    ${summary ? html`<p class="summary" lang=${ctx.langOf(summary)} dir="auto">${summary.text}</p>` : nothing}
    <dl class="facts">
      <div>
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
                      <span lang=${l.code} dir="auto">${own}</span
                      >${own.toLocaleLowerCase() === ui.toLocaleLowerCase() ? nothing : ` (${ui})`}
                    </li>`;
                  })}
                </ul>`
              : msg('not known')
          }
          ${service.interpreter === true ? html`<span class="note">${msg('An interpreter can be booked.')}</span>` : nothing}
        </dd>
      </div>
      ${
        location
          ? html`<div>
              <dt>${msg('Address')}</dt>
              <dd>
                ${street ? html`${ctx.text(street)}${location.postalCode || city ? ', ' : ''}` : nothing}${location.postalCode ?? ''}
                ${ctx.text(city)} ${districtName ? html`<span class="note">${msg(str`District: ${districtName.text}`)}</span>` : nothing}
                ${ctx.distance !== undefined ? html`<span class="note">${msg(str`${formatNumber(ctx.distance, { maximumFractionDigits: 1 })} km away`)}</span>` : nothing}
              </dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${msg('How')}</dt>
        <dd>${service.channels.length ? service.channels.map(channelLabel).join(', ') : msg('not known')}</dd>
      </div>
      <div>
        <dt>${msg('Topics')}</dt>
        <dd>${service.topics.map(topicLabel).join(', ')}</dd>
      </div>
    </dl>
    ${renderHours(service, ctx)}
    <p class="badges">
      ${service.free === true ? html`<span class="badge">${msg('Free of charge')}</span>` : nothing}
      ${service.appointment === 'not-needed' ? html`<span class="badge">${msg('No appointment needed')}</span>` : nothing}
      ${service.appointment === 'required' ? html`<span class="badge">${msg('Appointment needed')}</span>` : nothing}
      ${service.example ? html`<span class="badge example">${msg('Example data')}</span>` : nothing}
    </p>
    ${
      contacts.length
        ? html`<ul class="contacts">
            ${contacts.map(
              ({ contact, href, label }) =>
                html`<li>
                  <a class="link" href=${href!} rel=${contact.kind === 'web' ? 'noopener noreferrer' : nothing}
                    >${contactLabel(contact)}: <span dir="ltr">${contact.value}</span></a
                  >${label ? html` <span class="note" lang=${ctx.langOf(label)} dir="auto">${label.text}</span>` : nothing}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      service.accessibility?.length
        ? html`<details class="accessibility">
            <summary>${msg('Accessibility')}</summary>
            ${service.accessibility.map((group) => {
              const title = ctx.pick(group.group);
              return html`${title ? html`<p class="group" lang=${ctx.langOf(title)} dir="auto">${title.text}</p>` : nothing}
                <ul>
                  ${group.sentences.map((s) => {
                    const sentence = ctx.pick(s);
                    return html`<li lang=${ctx.langOf(sentence)} dir="auto">${sentence?.text}</li>`;
                  })}
                </ul>`;
            })}
          </details>`
        : nothing
    }
  </article>`;
}
