/** The interface words for the services data's codes (topics, audiences, channels, days). */
import { msg } from '@lit/localize';
import type { Audience, Channel, Topic } from '@hki-widgets/data';

export const TOPICS: Topic[] = ['settling-in', 'work', 'education', 'language-learning', 'culture', 'sport', 'health-social', 'housing', 'participation'];

export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'work':
      return msg('Work');
    case 'education':
      return msg('Education');
    case 'language-learning':
      return msg('Learning Finnish or Swedish');
    case 'culture':
      return msg('Culture and libraries');
    case 'sport':
      return msg('Sport and exercise');
    case 'health-social':
      return msg('Health and social services');
    case 'housing':
      return msg('Housing');
    case 'participation':
      return msg('Taking part');
    case 'settling-in':
      return msg('Settling in');
  }
}

export const AUDIENCES: Audience[] = ['everyone', 'newcomers', 'adults', 'young-people', 'children', 'parents', 'job-seekers', 'students', 'employers', 'entrepreneurs', 'seniors'];

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'everyone':
      return msg('Everyone');
    case 'adults':
      return msg('Adults');
    case 'young-people':
      return msg('Young people');
    case 'children':
      return msg('Children');
    case 'parents':
      return msg('Parents');
    case 'job-seekers':
      return msg('Job seekers');
    case 'students':
      return msg('Students');
    case 'employers':
      return msg('Employers');
    case 'entrepreneurs':
      return msg('Entrepreneurs');
    case 'seniors':
      return msg('Older people');
    case 'newcomers':
      return msg('Newcomers to Finland');
  }
}

export function channelLabel(channel: Channel): string {
  switch (channel) {
    case 'in-person':
      return msg('In person');
    case 'phone':
      return msg('By phone');
    case 'online':
      return msg('Online');
    case 'chat':
      return msg('Chat');
    case 'email':
      return msg('By email');
  }
}

/** ISO weekday 1–7 in the interface language, from Intl (a Monday in January 2024 is the 1st). */
export function weekday(day: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}

/**
 * The weekday as "on that day" in the interface language: Finnish needs the essive case
 * ("tiistaina"), which every weekday forms by adding -na; Swedish and English use the plain name.
 */
export function weekdayWhen(day: number, locale: string): string {
  const name = weekday(day, locale);
  return locale === 'fi' ? `${name}na` : name;
}

/** A time as the city writes it: 9.00, 16.30 (Finnish style, in every language). */
export const clock = (time: string): string => {
  const [h, m] = time.split(':');
  return `${Number(h)}.${m}`;
};
