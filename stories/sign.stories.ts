import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@hki-widgets/signage/sign/define.js';

interface Args {
  sign: string;
  languages: string;
  arrow?: string;
  size: 'screen' | 'a4' | 'a3';
  orientation: 'portrait' | 'landscape';
  scheme: 'default' | 'inverse';
  viewingDistance?: string;
  moreInfo?: string;
  editor: boolean;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Signage/hki-sign',
  component: 'hki-sign',
  tags: ['autodocs'],
  args: {
    sign: 'changing-rooms',
    languages: 'fi-x-plain sv-x-plain en',
    size: 'screen',
    orientation: 'portrait',
    scheme: 'default',
    editor: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['screen', 'a4', 'a3'] },
    orientation: { control: 'inline-radio', options: ['portrait', 'landscape'] },
    scheme: { control: 'inline-radio', options: ['default', 'inverse'] },
    arrow: {
      control: 'select',
      options: [undefined, 'none', 'left', 'right', 'up', 'down', 'up-left', 'up-right', 'down-left', 'down-right'],
    },
  },
  render: (a) =>
    html`<hki-sign
      sign=${a.sign}
      languages=${a.languages}
      arrow=${a.arrow ?? nothing}
      size=${a.size}
      orientation=${a.orientation}
      scheme=${a.scheme}
      viewing-distance=${a.viewingDistance ?? nothing}
      more-info=${a.moreInfo ?? nothing}
      ?editor=${a.editor}
      src=${a.src ?? nothing}
    ></hki-sign>`,
};
export default meta;

type Story = StoryObj<Args>;

export const ChangingRooms: Story = { name: 'Sports: changing rooms' };
export const Showers: Story = { name: 'Sports: showers, with arrow', args: { sign: 'showers', arrow: 'right' } };
export const LibraryQuiet: Story = { name: 'Library: quiet area', args: { sign: 'library-quiet-area', languages: 'fi-x-plain en ar so' } };
export const Inverse: Story = { name: 'Inverse scheme', args: { scheme: 'inverse', sign: 'lockers' } };
export const RtlFirst: Story = {
  name: 'Right-to-left first (Arabic, Dari, Sorani)',
  args: { sign: 'toilets', languages: 'ar prs ckb fi-x-plain', arrow: 'left' },
};
export const A4: Story = {
  name: 'A4, Arabic, Somali and Finnish (print preview)',
  args: { size: 'a4', sign: 'shoes-off', languages: 'fi-x-plain ar so' },
};
export const A4FarAway: Story = {
  name: 'A4 read from 3 m: too much text (editor check)',
  args: { size: 'a4', sign: 'shoes-off', languages: 'fi-x-plain ar so', viewingDistance: '3m', editor: true },
};
export const A4OneLanguage: Story = {
  name: 'A4 read from 3 m, one language',
  args: { size: 'a4', sign: 'exit', languages: 'fi-x-plain', viewingDistance: '3m' },
};
export const A3Landscape: Story = {
  name: 'A3 landscape, with QR code',
  args: {
    size: 'a3',
    orientation: 'landscape',
    sign: 'reception',
    languages: 'fi-x-plain sv-x-plain en ru et uk',
    moreInfo: 'https://www.hel.fi/en',
  },
};
export const WithQr: Story = { name: 'With QR code', args: { moreInfo: 'https://www.hel.fi/en' } };
export const EditorCheck: Story = {
  name: 'Editor check (translations to review)',
  args: { editor: true, languages: 'fi-x-plain fa prs ckb' },
};
export const CustomText: Story = {
  name: 'Custom text (slotted)',
  args: { editor: true },
  render: () =>
    html`<hki-sign editor>
      <p lang="fi">Kuntosali on auki arkisin.</p>
      <p lang="en">The gym is OPEN on weekdays.</p>
    </hki-sign>`,
};
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { size: 'a4', languages: 'fi-x-plain ar so' },
  decorators: [(s) => html`<div style="max-width: 320px">${s()}</div>`],
};
export const Finnish: Story = { globals: { locale: 'fi' }, args: { editor: true } };
export const Swedish: Story = { globals: { locale: 'sv' }, args: { editor: true } };
export const Loading: Story = { args: { src: '/__story/pending/signs.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-signs.json' } };
export const UnknownSign: Story = { name: 'Unknown sign', args: { sign: 'no-such-sign' } };
/** Mistyped attributes fall back to their defaults; the editor check says which. */
export const MistypedAttributes: Story = {
  name: 'Mistyped attributes (defaults used, editor check says so)',
  args: {
    size: 'A4 ' as Args['size'],
    scheme: 'inverted' as Args['scheme'],
    arrow: 'sideways',
    languages: 'fi-x-plain __proto__ en',
    editor: true,
  },
};
/** A viewing distance whose letters are too big for a word on this sheet: the editor check names the word. */
export const WordTooLong: Story = {
  name: 'A4, read from 1 m: a word too long for the letter size',
  args: { size: 'a4', sign: 'reception', languages: 'fi sv en', viewingDistance: '1m', editor: true },
};
