/** The interface words for the services data's codes (topics, audiences, channels, days). */
import { msg } from '@lit/localize';
import type { Audience, Channel, Topic } from '@hki-widgets/data';

type Labels<K extends string> = Record<K, () => string>;

/** A code's word from its table (read at render time, in the interface language); an unknown code is shown as it is. */
const labelOf = <K extends string>(labels: Labels<K>, code: K): string => (Object.hasOwn(labels, code) ? labels[code]() : code);

/** The topics' words, in the order the finder offers them. */
const TOPIC_LABELS: Labels<Topic> = {
  'settling-in': () => msg('Settling in'),
  work: () => msg('Work'),
  education: () => msg('Education'),
  'language-learning': () => msg('Learning Finnish or Swedish'),
  culture: () => msg('Culture and libraries'),
  sport: () => msg('Sport and exercise'),
  'health-social': () => msg('Health and social services'),
  housing: () => msg('Housing'),
  participation: () => msg('Taking part'),
};

/** The audiences' words, in the order the finder offers them. */
const AUDIENCE_LABELS: Labels<Audience> = {
  everyone: () => msg('Everyone'),
  newcomers: () => msg('Newcomers to Finland'),
  adults: () => msg('Adults'),
  'young-people': () => msg('Young people'),
  children: () => msg('Children'),
  parents: () => msg('Parents'),
  'job-seekers': () => msg('Job seekers'),
  students: () => msg('Students'),
  employers: () => msg('Employers'),
  entrepreneurs: () => msg('Entrepreneurs'),
  seniors: () => msg('Older people'),
};

const CHANNEL_LABELS: Labels<Channel> = {
  'in-person': () => msg('In person'),
  phone: () => msg('By phone'),
  online: () => msg('Online'),
  chat: () => msg('Chat'),
  email: () => msg('By email'),
};

export const TOPICS = Object.keys(TOPIC_LABELS) as Topic[];
export const AUDIENCES = Object.keys(AUDIENCE_LABELS) as Audience[];

export const topicLabel = (topic: Topic): string => labelOf(TOPIC_LABELS, topic);
export const audienceLabel = (audience: Audience): string => labelOf(AUDIENCE_LABELS, audience);
export const channelLabel = (channel: Channel): string => labelOf(CHANNEL_LABELS, channel);

/** Weekday names made so far, by locale and day: each card of a list names the same days. */
const weekdays = new Map<string, string>();

/** ISO weekday 1–7 in the interface language, from Intl (a Monday in January 2024 is the 1st). */
export function weekday(day: number, locale: string): string {
  const key = `${locale} ${day}`;
  let name = weekdays.get(key);
  if (name === undefined) {
    name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
    weekdays.set(key, name);
  }
  return name;
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
