import type { ChecklistDefinition } from './types';

/**
 * The 11-factor stalking screen, version 1. Asked when risk factor 8 is "yes", when there have been two or
 * more incidents, or when the victim is very frightened. There is no cut-off: the more "yes" answers, the
 * higher the risk. Factors in the published order; wording ours. Published: never edit in place (see index.ts).
 */
export const stalkingScreenV1: ChecklistDefinition = {
  id: 'stalking-11@1',
  kind: 'stalking',
  version: 1,
  title: 'Stalking screen (11 questions)',
  publishedOn: '2026-11-22',
  questions: [
    {
      id: 's1',
      number: 1,
      text: 'Is the victim very frightened?',
      shortLabel: 'Very frightened',
      help: 'Record the victim’s fear in their own words where you can, and what they have changed in their life because of it.',
    },
    {
      id: 's2',
      number: 2,
      text: 'Has the perpetrator harassed or stalked before, either this victim or someone else?',
      shortLabel: 'Previous harassment',
      help: 'Include earlier domestic abuse and harassment of former partners or others. Note who, when, and whether it was reported.',
    },
    {
      id: 's3',
      number: 3,
      text: 'Has the perpetrator damaged or destroyed the victim’s property?',
      shortLabel: 'Property damaged',
      help: 'Include vehicles, the home, belongings and devices, and any tampering. Note dates and any crime reference numbers.',
    },
    {
      id: 's4',
      number: 4,
      text: 'Has the perpetrator turned up unannounced at the victim’s home or work more than three times in a week?',
      shortLabel: 'Visits more than 3 times a week',
      help: 'Count uninvited visits in person. Note where, how often, and whether anyone else witnessed them.',
    },
    {
      id: 's5',
      number: 5,
      text: 'Has the perpetrator followed the victim, or hung around near their home or workplace?',
      shortLabel: 'Loitering or following',
      help: 'Include waiting outside, driving past and appearing where the victim goes. Note places and times, and any tracking suspected.',
    },
    {
      id: 's6',
      number: 6,
      text: 'Has the perpetrator threatened physical or sexual violence?',
      shortLabel: 'Threats of violence',
      help: 'Include threats made online, by message or through other people. Note the words used and keep the originals as evidence.',
    },
    {
      id: 's7',
      number: 7,
      text: 'Since the stalking began, has the perpetrator harassed anyone close to the victim?',
      shortLabel: 'Harassing third parties',
      help: 'Include family, children, friends, neighbours and colleagues. Note who, and whether they have reported it.',
    },
    {
      id: 's8',
      number: 8,
      text: 'Has the perpetrator been violent to anyone during this stalking?',
      shortLabel: 'Violence in current stalking',
      help: 'Count violence to the victim or anyone else in the present course of stalking. Note who was hurt and when.',
    },
    {
      id: 's9',
      number: 9,
      text: 'Has the perpetrator got other people to help with the stalking, whether or not they knew it?',
      shortLabel: 'Stalking by proxy',
      help: 'Include friends or family passing on messages or information, and people tricked into helping. Note who they are.',
    },
    {
      id: 's10',
      number: 10,
      text: 'Does the perpetrator misuse drugs or alcohol?',
      shortLabel: 'Drug or alcohol misuse',
      help: 'Note which substances, how recently, and any services involved.',
    },
    {
      id: 's11',
      number: 11,
      text: 'Has the perpetrator been violent to anyone in the past?',
      shortLabel: 'Past violence',
      help: 'Include violence to anyone, not only partners. Say whether this comes from the victim or from agency records.',
    },
  ],
};
