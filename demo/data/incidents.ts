// The incident and evidence log of one demo case, Shanice Campbell-Reid's (stalking by her ex-partner,
// Ryan Talbot, referred by the police): a handful of entries over the last seven weeks across four
// channels, recorded by the police officer who referred the case, two with fictional screenshots
// (demo/data/screenshots.ts). Every account, handle and web address is invented (.example). The fuller
// stalking demo (issue 13, item 10) comes later.
import type { FakePost } from './screenshots';

export interface DemoIncident {
  /** Days before the demo's anchor that it was logged. */
  loggedDaysAgo: number;
  /** When it happened, in days before the anchor, and a UK time for an exact one. */
  occurred: { daysAgo: number; time?: string; precision: 'exact' | 'day' | 'about' | 'range'; untilDaysAgo?: number };
  channel: 'in_person' | 'text_message' | 'social_media' | 'messaging_app' | 'phone_call' | 'tracking_device';
  platform?: string;
  account?: string;
  url?: string;
  summary: string;
  behaviours: ('following' | 'contacting' | 'publishing' | 'monitoring' | 'loitering' | 'watching' | 'threats' | 'by_proxy')[];
  originalKeptAt?: string;
  witnesses?: string;
  screenshot?: { fileName: string; post: FakePost };
  /** A correction made a day after logging, with its reason. */
  correction?: { summary: string; reason: string };
}

export const campbellIncidents: DemoIncident[] = [
  {
    loggedDaysAgo: 47,
    occurred: { daysAgo: 49, precision: 'day' },
    channel: 'in_person',
    summary: 'Ryan was waiting across the road from her work when she left at 5pm, and walked behind her to the bus stop.',
    behaviours: ['following', 'loitering'],
    witnesses: 'A colleague, who walked out with her',
  },
  {
    loggedDaysAgo: 40,
    occurred: { daysAgo: 44, untilDaysAgo: 41, precision: 'range' },
    channel: 'text_message',
    account: '07700 900452',
    summary: '63 texts from a number she does not know, asking why she will not answer and saying he only wants to talk.',
    behaviours: ['contacting'],
    originalKeptAt: 'On her phone; she has not deleted them',
  },
  {
    loggedDaysAgo: 33,
    occurred: { daysAgo: 34, time: '23:47', precision: 'exact' },
    channel: 'social_media',
    platform: 'Chatterbox',
    account: '@talbot_r_94',
    url: 'https://chatterbox.example/talbot_r_94/post/88213',
    summary: 'A public post naming her, her workplace and the time she finishes, with a photo of her front door.',
    behaviours: ['publishing', 'watching', 'threats'],
    originalKeptAt: 'Screenshot attached; the post is still up',
    screenshot: {
      fileName: 'chatterbox-post.png',
      post: {
        platform: 'Chatterbox',
        displayName: 'R Talbot',
        handle: 'talbot_r_94',
        postedAt: 'Post, 23:47',
        clock: '23:52',
        text: 'Everyone should know what Shanice is really like. Finishes at 5 most days. I know where you are.',
        likes: 3,
      },
    },
    correction: { summary: 'A public post naming her, her workplace and the time she finishes, with a photo of her front door. Three people liked it.', reason: 'The screenshot shows the likes: added for completeness' },
  },
  {
    loggedDaysAgo: 19,
    occurred: { daysAgo: 20, time: '07:15', precision: 'exact' },
    channel: 'messaging_app',
    platform: 'Natter',
    account: 'Ry (new account)',
    summary: 'A message from a new account after she blocked the last one: he knew she had been to her sister’s at the weekend.',
    behaviours: ['contacting', 'monitoring'],
    originalKeptAt: 'Screenshot attached',
    screenshot: {
      fileName: 'natter-message.png',
      post: {
        platform: 'Natter',
        displayName: 'Ry',
        handle: 'ry_new_2',
        postedAt: 'Message, 07:15',
        clock: '07:21',
        kind: 'message',
        text: 'Nice weekend at your sister’s? You can block me all you like. I will always find you.',
      },
    },
  },
  {
    loggedDaysAgo: 9,
    occurred: { daysAgo: 12, precision: 'about' },
    channel: 'phone_call',
    summary: 'A friend of Ryan’s rang her mother asking where Shanice is living now.',
    behaviours: ['by_proxy', 'contacting'],
    witnesses: 'Her mother took the call',
  },
];
