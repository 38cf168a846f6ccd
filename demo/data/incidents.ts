// The incident and evidence log of one demo case, Shanice Campbell-Reid's (cyberstalking by her
// ex-partner, Ryan Talbot, referred by the police): 22 entries over the last three months across seven
// channels, recorded by the police officer who referred the case, two with fictional screenshots
// (demo/data/screenshots.ts). The gaps between them shorten as it goes on, as they often do. Every
// account, handle, number and web address is invented (.example, Ofcom's drama numbers).
import type { FakePost } from './screenshots';

export interface DemoIncident {
  /** Days before the demo's anchor that it was logged. */
  loggedDaysAgo: number;
  /** When it happened, in days before the anchor, and a UK time for an exact one. */
  occurred: { daysAgo: number; time?: string; precision: 'exact' | 'day' | 'about' | 'range'; untilDaysAgo?: number };
  channel: 'in_person' | 'text_message' | 'social_media' | 'messaging_app' | 'phone_call' | 'email' | 'tracking_device' | 'third_party';
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
  /** A breach of the case's protective order (demo/data/orders.ts makes the order). */
  breach?: true;
}

export const campbellIncidents: DemoIncident[] = [
  {
    loggedDaysAgo: 88,
    occurred: { daysAgo: 90, precision: 'day' },
    channel: 'text_message',
    account: '07700 900118',
    summary: 'Texts through the night after she changed her number, saying they need to talk and asking who gave her the new phone.',
    behaviours: ['contacting'],
    originalKeptAt: 'On her phone',
  },
  {
    loggedDaysAgo: 84,
    occurred: { daysAgo: 85, time: '08:10', precision: 'exact' },
    channel: 'in_person',
    summary: 'Ryan was at her bus stop in the morning and said he was just passing. He lives on the other side of town.',
    behaviours: ['following', 'loitering'],
  },
  {
    loggedDaysAgo: 80,
    occurred: { daysAgo: 81, time: '21:30', precision: 'exact' },
    channel: 'social_media',
    platform: 'Chatterbox',
    account: '@talbot_r_94',
    url: 'https://chatterbox.example/talbot_r_94/post/80114',
    summary: 'A public post saying she ruined his life, tagging her sister.',
    behaviours: ['publishing'],
    originalKeptAt: 'Her sister took a screenshot; the post was deleted the next day',
  },
  {
    loggedDaysAgo: 73,
    occurred: { daysAgo: 77, untilDaysAgo: 74, precision: 'range' },
    channel: 'phone_call',
    summary: '14 calls from a withheld number over four nights. Nobody speaks when she answers.',
    behaviours: ['contacting'],
    originalKeptAt: 'Call log on her phone; screenshot with the IDVA',
  },
  {
    loggedDaysAgo: 71,
    occurred: { daysAgo: 71, time: '12:40', precision: 'exact' },
    channel: 'email',
    account: 'ryan.t.94@mailbox.example',
    summary: 'An email to her work address with photos of the two of them, asking her to remember how it was.',
    behaviours: ['contacting'],
    originalKeptAt: 'In her work mailbox; forwarded with full headers to the police',
  },
  {
    loggedDaysAgo: 66,
    occurred: { daysAgo: 67, precision: 'day' },
    channel: 'third_party',
    summary: 'A man she does not know, who she later saw with Ryan, followed her round the supermarket and filmed her on his phone.',
    behaviours: ['following', 'watching', 'by_proxy'],
    witnesses: 'The store’s security officer, who asked him to leave',
  },
  {
    loggedDaysAgo: 62,
    occurred: { daysAgo: 63, time: '19:05', precision: 'exact' },
    channel: 'social_media',
    platform: 'Chatterbox',
    account: '@talbot_r_94',
    url: 'https://chatterbox.example/talbot_r_94/post/81907',
    summary: 'A photo of her car outside her gym, posted while she was inside.',
    behaviours: ['publishing', 'watching'],
    originalKeptAt: 'Screenshot kept by the IDVA',
  },
  {
    loggedDaysAgo: 58,
    occurred: { daysAgo: 60, precision: 'about' },
    channel: 'tracking_device',
    summary: 'Her mechanic found a small tracking tag taped inside the rear bumper of her car at its service.',
    behaviours: ['monitoring'],
    originalKeptAt: 'Handed to the police in a sealed bag (exhibit ST/1)',
    witnesses: 'The mechanic who found it',
  },
  {
    loggedDaysAgo: 55,
    occurred: { daysAgo: 55, time: '22:14', precision: 'exact' },
    channel: 'messaging_app',
    platform: 'Natter',
    account: 'ryan_t',
    summary: 'Six voice notes, crying and then shouting, saying he will never let her go.',
    behaviours: ['contacting', 'threats'],
    originalKeptAt: 'On her phone; copied to the police',
  },
  {
    loggedDaysAgo: 52,
    occurred: { daysAgo: 53, precision: 'day' },
    channel: 'in_person',
    summary: 'He drove slowly past her home three times in the evening.',
    behaviours: ['loitering', 'watching'],
    witnesses: 'Her neighbour, who noted the car',
  },
  {
    loggedDaysAgo: 47,
    occurred: { daysAgo: 49, precision: 'day' },
    channel: 'in_person',
    summary: 'Ryan was waiting across the road from her work when she left at 5pm, and walked behind her to the bus stop.',
    behaviours: ['following', 'loitering'],
    witnesses: 'A colleague, who walked out with her',
  },
  {
    loggedDaysAgo: 44,
    occurred: { daysAgo: 45, time: '23:02', precision: 'exact' },
    channel: 'email',
    account: 'r.talbot.watching@mailbox.example',
    summary: 'An email to her personal address from a new address, listing the places she had been that week.',
    behaviours: ['monitoring', 'threats'],
    originalKeptAt: 'Forwarded with full headers to the police',
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
    loggedDaysAgo: 36,
    occurred: { daysAgo: 37, precision: 'day' },
    channel: 'phone_call',
    summary: 'A man rang her work’s reception, said he was a courier and asked which shift she was on. Reception recognised the voice.',
    behaviours: ['contacting', 'monitoring'],
    witnesses: 'The receptionist',
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
    loggedDaysAgo: 28,
    occurred: { daysAgo: 29, time: '17:10', precision: 'exact' },
    channel: 'in_person',
    summary: 'Standing by the exit of her work’s car park at the end of her shift; he left when a colleague walked over.',
    behaviours: ['loitering', 'watching'],
    witnesses: 'Her colleague',
  },
  {
    loggedDaysAgo: 24,
    occurred: { daysAgo: 25, time: '06:50', precision: 'exact' },
    channel: 'text_message',
    account: '07700 900731',
    summary: 'A text from a new number with a photo of her front door, taken that morning.',
    behaviours: ['watching', 'threats'],
    originalKeptAt: 'On her phone; screenshot with the police',
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
    loggedDaysAgo: 15,
    occurred: { daysAgo: 16, time: '20:30', precision: 'exact' },
    channel: 'social_media',
    platform: 'Chatterbox',
    account: '@rt_still_here',
    url: 'https://chatterbox.example/rt_still_here',
    summary: 'A new account followed her, her sister and three colleagues. Its only post is a photo of her workplace.',
    behaviours: ['publishing', 'monitoring'],
    originalKeptAt: 'Screenshots kept by the IDVA',
  },
  {
    loggedDaysAgo: 9,
    occurred: { daysAgo: 12, precision: 'about' },
    channel: 'phone_call',
    summary: 'A friend of Ryan’s rang her mother asking where Shanice is living now.',
    behaviours: ['by_proxy', 'contacting'],
    witnesses: 'Her mother took the call',
  },
  {
    loggedDaysAgo: 7,
    occurred: { daysAgo: 8, time: '13:20', precision: 'exact' },
    channel: 'messaging_app',
    platform: 'Natter',
    account: 'Ry (new account)',
    summary: 'A message saying the police cannot keep him away from her and he will see her soon.',
    behaviours: ['contacting', 'threats'],
    originalKeptAt: 'On her phone; screenshot with the police',
    breach: true,
  },
  {
    loggedDaysAgo: 3,
    occurred: { daysAgo: 3, time: '08:45', precision: 'exact' },
    channel: 'in_person',
    summary: 'Her sister saw him in a parked car opposite Shanice’s flat early in the morning.',
    behaviours: ['watching', 'loitering'],
    witnesses: 'Her sister',
  },
];

/**
 * Priya Nair's log: stalking by a man she does not know (a customer at the café where she works),
 * logged by the officer who referred her. The police have recorded it as harassment, so, with a course
 * of stalking conduct in the log, the police are prompted to review the recording (demo/data/orders.ts).
 */
export const nairIncidents: DemoIncident[] = [
  {
    loggedDaysAgo: 2,
    occurred: { daysAgo: 30, untilDaysAgo: 28, precision: 'range' },
    channel: 'in_person',
    summary: 'A man who had been a customer at the café waited outside at closing time three evenings running and asked where she lives.',
    behaviours: ['loitering', 'contacting'],
    witnesses: 'The café’s manager, on the second evening',
  },
  {
    loggedDaysAgo: 2,
    occurred: { daysAgo: 18, precision: 'day' },
    channel: 'social_media',
    platform: 'Chatterbox',
    account: '@m_sefton_77',
    url: 'https://chatterbox.example/m_sefton_77',
    summary: 'A new account followed her and sent her photos of herself walking home, taken from behind.',
    behaviours: ['following', 'watching', 'contacting'],
    originalKeptAt: 'On her phone; screenshots with the police',
  },
  {
    loggedDaysAgo: 1,
    occurred: { daysAgo: 9, time: '22:40', precision: 'exact' },
    channel: 'in_person',
    summary: 'He was standing at the end of her road when she got home. She has never told him where she lives.',
    behaviours: ['following', 'loitering', 'watching'],
  },
];
