// The demo area's meetings: what each agency found when it researched a case, what was said at the
// meeting, and the actions agreed, with what became of each. All fictional. The driver (demo/seed.ts)
// lists each case at the meeting its referral was accepted before, and replays all of this through the
// app's verbs as the people concerned, on the days given here.
import type { AgencyKey } from './area';

export const meetingPlace = { venue: 'Kestrel Vale Civic Centre, committee room 2', time: '10:00' };

/** Days before its meeting that the coordinator builds and publishes the agenda. */
export const agendaPublishedDaysBefore = 6;

/**
 * What becomes of an agreed action: completed on time or late (with a progress note first), started and
 * still going, given up by the agency as not possible, or left open (overdue once its date passes; the
 * next meeting then records it as not done if it was due by then).
 */
export type ActionOutcome = 'on_time' | 'late' | 'in_progress' | 'not_possible' | 'left_open';

export interface DemoAction {
  agency: AgencyKey;
  /** The person who owns it and records its progress: a demo account (by email). */
  owner: string;
  /** Given by name to someone without an account instead; `owner`, of the same agency, records its progress. */
  givenTo?: string;
  text: string;
  /** Due this many days after the meeting. */
  dueInDays: number;
  outcome: ActionOutcome;
  /** What the owner records as they work it. */
  progress?: string;
  done?: string;
}

export interface DemoHearing {
  informationShared: string;
  risksToVictim: string;
  risksToChildren?: string;
  risksToOthers?: string;
  crimesDisclosed?: string;
  decisions: string;
  actions: DemoAction[];
}

/** What each agency's research usually says when it holds something; the agencies not named find no trace. */
export const researchByAgency: Partial<Record<AgencyKey, { facts: string; opinion: string; risks: string; withheld?: string }>> = {
  police: {
    facts: 'Call-outs to the address since the referral are on the police log; the perpetrator has previous warnings for domestic incidents. Crime references are on the referral.',
    opinion: 'The incidents are escalating in frequency. The officer in the case believes the victim is minimising what has happened.',
    risks: 'Risk of further assault, and of retaliation if the victim is seen to be talking to agencies.',
    withheld: 'Intelligence from a third party is held back: sharing it could identify the source. The chair has been told in confidence.',
  },
  idva: {
    facts: 'The IDVA has spoken to the victim by phone at a safe time and agreed a first safety plan.',
    opinion: 'The victim wants support but is frightened of the perpetrator finding out. Trust is building.',
    risks: 'Contact arrangements and isolation are the victim’s biggest worries.',
  },
  housing: {
    facts: 'Known to Housing Options: a tenancy in the victim’s name, no arrears; no transfer request so far.',
    opinion: 'A management transfer or sanctuary scheme would both be possible if the victim wants them.',
    risks: 'The perpetrator knows the address.',
  },
  health: {
    facts: 'Registered with a Kestrel Vale GP; two emergency department attendances with injuries in the last year.',
    opinion: 'The injury pattern fits the referral. The victim has not disclosed abuse to health staff.',
    risks: 'Missed appointments may mean the perpetrator controls access to care.',
  },
  childrens: {
    facts: 'The children are known to Children’s Social Care from an earlier assessment; the case is now closed.',
    opinion: 'The school reports the children are withdrawn on Mondays, after contact weekends.',
    risks: 'The children witness the abuse and may be harmed at handovers.',
  },
  probation: {
    facts: 'The perpetrator finished a community order last year that included a behaviour programme.',
    opinion: 'He did not engage well with the programme.',
    risks: 'No current supervision, so no licence conditions can be used.',
  },
};

/** The agencies that research every case (the rest research those their records touch). */
export const alwaysResearch: AgencyKey[] = ['police', 'idva', 'health'];
/** The agencies that research a case with children in the household, beside those above. */
export const researchWhenChildren: AgencyKey[] = ['childrens'];
/** For the coming meeting: only these have researched so far, so the coordinator sees who is still to. */
export const comingMeetingResearchedBy: AgencyKey[] = ['police', 'idva'];

/** Each case's hearings, in order: the first time it is heard, then again after a repeat referral. */
export const hearings: Record<string, DemoHearing[]> = {
  whitlock: [
    {
      informationShared: 'Police attended twice in a month; Craig was arrested for assault and bailed away from the address. The IDVA has met Hannah, who wants to stay in the house with the children. The school has seen Alfie upset at drop-off.',
      risksToVictim: 'Strangulation and threats to kill. Craig is on bail and has breached it once by phoning her.',
      risksToChildren: 'Both children were in the house during the last assault.',
      crimesDisclosed: 'Assault occasioning actual bodily harm; breach of bail.',
      decisions: 'Safety plan through the IDVA; police marker on the address; Children’s Social Care to assess.',
      actions: [
        { agency: 'police', owner: 'police@marac.example', text: 'Add a warning marker to the address for an urgent response', dueInDays: 7, outcome: 'on_time', done: 'Marker added and briefed to the response teams.' },
        { agency: 'idva', owner: 'idva@marac.example', text: 'Agree a safety plan with Hannah within two working days', dueInDays: 14, outcome: 'on_time', done: 'Safety plan agreed by phone and sent to her safe email.' },
        { agency: 'childrens', owner: 'childrens@marac.example', text: 'Hold a strategy discussion about Alfie and Poppy', dueInDays: 21, outcome: 'late', progress: 'Strategy discussion booked with the school.', done: 'Strategy discussion held; child and family assessment opened.' },
      ],
    },
  ],
  pryor: [
    {
      informationShared: 'Adult Social Care know Margaret from a falls assessment. Her GP has seen bruising twice. Neil is known to the recovery service but stopped attending.',
      risksToVictim: 'Physical harm and financial abuse by her son, on whom she depends for care.',
      risksToOthers: 'Neil has been aggressive to a home carer.',
      decisions: 'Safeguarding enquiry under the Care Act; a carer’s assessment that does not rely on Neil; recovery service to offer Neil support again.',
      actions: [
        { agency: 'adults', owner: 'adults@marac.example', text: 'Open a section 42 safeguarding enquiry and visit Margaret alone', dueInDays: 14, outcome: 'on_time', done: 'Enquiry opened; Margaret seen alone at the day centre.' },
        { agency: 'recovery', owner: 'recovery@marac.example', givenTo: 'Recovery service duty worker', text: 'Offer Neil an assessment appointment', dueInDays: 28, outcome: 'not_possible', progress: 'Letter sent; no reply.' },
      ],
    },
  ],
  kowalczyk: [
    {
      informationShared: 'Police found Daniel with a head injury after a call from a neighbour. Adam controls his phone and money. Daniel has asked for help to leave.',
      risksToVictim: 'Serious injury; Adam has threatened to kill himself if Daniel leaves.',
      decisions: 'Emergency accommodation; referral to the specialist service for male victims; police to pursue a charge.',
      actions: [
        { agency: 'housing', owner: 'housing@marac.example', text: 'Find emergency accommodation outside Kestrel Vale', dueInDays: 3, outcome: 'on_time', done: 'Placed in temporary accommodation in the next district.' },
        { agency: 'police', owner: 'police2@marac.example', text: 'Take a statement and seek a charging decision', dueInDays: 28, outcome: 'late', progress: 'Statement taken.', done: 'Adam charged with assault; bail conditions not to contact Daniel.' },
      ],
    },
  ],
  wrobel: [
    {
      informationShared: 'The midwife saw Agnieszka alone with an interpreter; she disclosed strangulation. Tomasz keeps her passport and bank card. Health visitor visits are always with Tomasz present.',
      risksToVictim: 'Strangulation, isolation and financial control. She has no family in the UK.',
      risksToChildren: 'A newborn and a toddler in the household.',
      decisions: 'IDVA contact through the health visitor with a Polish interpreter; health visits to find time alone with Agnieszka.',
      actions: [
        { agency: 'health', owner: 'health@marac.example', text: 'Arrange health visitor appointments where Agnieszka can be seen alone', dueInDays: 14, outcome: 'on_time', done: 'Two visits held at the clinic, seen alone each time.' },
        { agency: 'idva', owner: 'idva@marac.example', text: 'Make contact with Agnieszka through the health visitor, with a Polish interpreter', dueInDays: 14, outcome: 'late', progress: 'Interpreter booked.', done: 'Met at the clinic; safety plan in Polish given to her.' },
      ],
    },
    {
      informationShared: 'Police were called after Tomasz smashed her phone. Agnieszka has told the IDVA she wants to leave but fears losing the children.',
      risksToVictim: 'Escalation now that she is seeking help.',
      risksToChildren: 'The children were present; the toddler was hit by flying glass.',
      decisions: 'Refuge space to be found with the children; Children’s Social Care to visit.',
      actions: [
        { agency: 'idva', owner: 'idva@marac.example', text: 'Find a refuge space for Agnieszka and the children', dueInDays: 14, outcome: 'left_open' },
        { agency: 'childrens', owner: 'childrens@marac.example', text: 'Visit the children at home with an interpreter', dueInDays: 21, outcome: 'in_progress', progress: 'Visit arranged for next week with an interpreter.' },
      ],
    },
  ],
  zhou: [
    {
      informationShared: 'Mei Lin has a non-molestation order. Gareth has used contact handovers to threaten her. The school has a copy of the order.',
      risksToVictim: 'Threats at handovers; Gareth has turned up at her work.',
      risksToChildren: 'Lily hears the threats at handovers.',
      decisions: 'Handovers through the contact centre; police to treat any breach as a further offence.',
      actions: [
        { agency: 'childrens', owner: 'childrens@marac.example', text: 'Set up handovers at the contact centre', dueInDays: 14, outcome: 'on_time', done: 'Handovers now at the contact centre on Saturdays.' },
        { agency: 'police', owner: 'police@marac.example', text: 'Flag the order so any breach is treated as a further offence', dueInDays: 7, outcome: 'on_time', done: 'Order flagged on the police systems.' },
      ],
    },
  ],
  hollis: [
    {
      informationShared: 'Dean was arrested with a kitchen knife at the address. Leanne has applied for a non-molestation order. The children’s nursery does not know who may collect them.',
      risksToVictim: 'Threats with a knife; Dean is sofa-surfing and his whereabouts are not known.',
      risksToChildren: 'Dean has said he will take the children.',
      decisions: 'Support for the order; the school and nursery told who may collect the children.',
      actions: [
        { agency: 'idva', owner: 'idva@marac.example', text: 'Support Leanne with the non-molestation order application', dueInDays: 14, outcome: 'on_time', done: 'Order granted at the without-notice hearing.' },
        { agency: 'childrens', owner: 'childrens@marac.example', text: 'Tell the school and nursery who may collect the children', dueInDays: 7, outcome: 'on_time', done: 'Both told in writing, with a photo of Dean.' },
      ],
    },
    {
      informationShared: 'Dean has broken the order twice in a week, once at the school gate. Police have a warrant out for him.',
      risksToVictim: 'Leanne believes he will kill her if he finds her alone.',
      risksToChildren: 'The breach at the school gate was in front of the children.',
      crimesDisclosed: 'Two breaches of a non-molestation order.',
      decisions: 'Police to arrest on the warrant; the school to review its collection plan; IDVA to refresh the safety plan.',
      actions: [
        { agency: 'police', owner: 'police@marac.example', text: 'Arrest Dean on the warrant and oppose bail', dueInDays: 14, outcome: 'on_time', done: 'Arrested; remanded in custody.' },
        { agency: 'idva', owner: 'idva@marac.example', text: 'Refresh Leanne’s safety plan now the order has been breached', dueInDays: 14, outcome: 'left_open' },
      ],
    },
  ],
  ferreira: [
    {
      informationShared: 'Bruno has found Rosa at her last two temporary addresses. Rosa thinks someone at the children’s old school tells him where they are.',
      risksToVictim: 'Bruno tracing her; threats to take the children abroad.',
      risksToChildren: 'Risk of abduction.',
      decisions: 'Priority rehousing; her address kept off every letter shared between agencies; the old school reminded of confidentiality.',
      actions: [
        { agency: 'housing', owner: 'housing@marac.example', text: 'Award priority banding and make a direct offer out of the area', dueInDays: 42, outcome: 'late', progress: 'Priority banding awarded.', done: 'Direct offer accepted; moved.' },
        { agency: 'childrens', owner: 'childrens@marac.example', text: 'Remind the old school that the family’s address is confidential', dueInDays: 7, outcome: 'on_time', done: 'Head teacher reminded in writing.' },
      ],
    },
  ],
  mensah: [
    {
      informationShared: 'Ama attended the emergency department with a broken wrist. Samuel was with her and answered for her. The health visitor has concerns about the youngest child’s weight.',
      risksToVictim: 'Serious injury; Samuel does not let her be seen alone.',
      risksToChildren: 'Three children in the household; neglect concerns for the youngest.',
      decisions: 'Health to flag the records so Ama is asked about safety alone; Children’s Social Care to assess.',
      actions: [
        { agency: 'health', owner: 'health@marac.example', text: 'Flag the records so the GP and midwife ask about safety alone', dueInDays: 14, outcome: 'on_time', done: 'Records flagged across the trust and the practice.' },
        { agency: 'childrens', owner: 'childrens@marac.example', text: 'Start a child and family assessment', dueInDays: 28, outcome: 'on_time', done: 'Assessment completed; child in need plan agreed.' },
      ],
    },
  ],
  campbell: [
    {
      informationShared: 'Ryan has sent hundreds of messages since they separated, waits outside her work and has friends follow her. Police have recorded it as stalking. Shanice keeps a log of every sighting.',
      risksToVictim: 'Fixation and escalation: a course of conduct over months, with threats.',
      risksToOthers: 'Her colleagues have been approached by Ryan’s friends.',
      crimesDisclosed: 'Stalking causing fear of violence.',
      decisions: 'Police to apply for a Stalking Protection Order; a workplace safety plan; the IDVA to help keep the incident log.',
      actions: [
        { agency: 'police', owner: 'police@marac.example', text: 'Apply for a Stalking Protection Order', dueInDays: 28, outcome: 'on_time', done: 'Interim order granted.' },
        { agency: 'idva', owner: 'idva@marac.example', text: 'Agree a workplace safety plan with Shanice and her employer', dueInDays: 14, outcome: 'late', progress: 'Employer contacted.', done: 'Plan agreed; her employer has changed her shifts.' },
      ],
    },
  ],
  ellwood: [
    {
      informationShared: 'Aiden has set up fake accounts to follow Jordan and threatens to “out” them to their family. Jordan has reported it to police.',
      risksToVictim: 'Isolation, online stalking and threats to disclose their sexuality.',
      decisions: 'Police stalking response; specialist LGBT+ support through the IDVA service.',
      actions: [
        { agency: 'police', owner: 'police2@marac.example', text: 'Ask the platforms to preserve the fake accounts’ data', dueInDays: 7, outcome: 'on_time', done: 'Preservation requests sent to both platforms.' },
        { agency: 'idva', owner: 'coordinator2@marac.example', text: 'Refer Jordan to the LGBT+ specialist advocate', dueInDays: 14, outcome: 'on_time', done: 'Referred; first meeting held.' },
      ],
    },
  ],
  kettleby: [
    {
      informationShared: 'Jon is disabled and depends on carers; Carla has cancelled his care visits twice. Adult Social Care has restarted the package.',
      risksToVictim: 'Neglect and physical harm by his partner, who is also his carer.',
      decisions: 'Care package restored with visits Carla cannot cancel; a safeguarding enquiry.',
      actions: [
        { agency: 'adults', owner: 'adults@marac.example', text: 'Restore the care package so only Jon or his social worker can change it', dueInDays: 7, outcome: 'on_time', done: 'Care agency told to take instructions from Jon or the social worker only.' },
        { agency: 'police', owner: 'police@marac.example', text: 'Make a welfare visit and see Jon alone', dueInDays: 14, outcome: 'not_possible', progress: 'Two visits made; Carla would not leave the room.' },
        { agency: 'adults', owner: 'adults@marac.example', text: 'Carry out a carer’s assessment that does not involve Carla', dueInDays: 28, outcome: 'in_progress', progress: 'Assessment started; waiting for the occupational therapist.' },
      ],
    },
  ],
  begum: [
    {
      informationShared: 'Sadia told her GP, through a Sylheti interpreter, that Jamal hits her and controls the money. She has not told her family.',
      risksToVictim: 'Physical and financial abuse; pressure from the wider family not to leave.',
      risksToChildren: 'A baby in the household.',
      decisions: 'IDVA contact through the GP with an interpreter; health visitor to see Sadia alone.',
      actions: [
        { agency: 'idva', owner: 'idva@marac.example', text: 'Contact Sadia through her GP with a Sylheti interpreter', dueInDays: 14, outcome: 'left_open' },
        { agency: 'health', owner: 'health@marac.example', text: 'Health visitor to see Sadia alone at the clinic', dueInDays: 21, outcome: 'on_time', done: 'Seen alone; she knows how to contact the IDVA.' },
      ],
    },
  ],
  yusuf: [
    {
      informationShared: 'Zainab and Idris are in temporary accommodation. Hassan’s whereabouts are not known; he has family in the area.',
      risksToVictim: 'Hassan tracing her through his family.',
      risksToChildren: 'Idris is a baby; Hassan has threatened to take him.',
      decisions: 'Housing to keep her address off shared letters; IDVA to support her housing application.',
      actions: [
        { agency: 'idva', owner: 'idva@marac.example', text: 'Support Zainab’s housing application so her address stays safe', dueInDays: 14, outcome: 'left_open' },
        { agency: 'housing', owner: 'housing@marac.example', text: 'Mark her housing record as confidential', dueInDays: 7, outcome: 'on_time', done: 'Record marked confidential; address suppressed on letters.' },
        { agency: 'police', owner: 'police@marac.example', text: 'Check whether Hassan is known at his family’s addresses', dueInDays: 21, outcome: 'in_progress', progress: 'Two addresses checked; enquiries continue.' },
      ],
    },
  ],
  marsh: [
    {
      informationShared: 'Lewis tracks Bethany online and turned up where she was out with friends. She thinks he has access to her phone. Police have recorded stalking.',
      risksToVictim: 'Cyberstalking with tracking; Lewis knows where she is at all times.',
      crimesDisclosed: 'Stalking; unauthorised access to her accounts.',
      decisions: 'Data-preservation requests to the platforms; a check of her devices before anything is reset; the IDVA to keep her incident log.',
      actions: [
        { agency: 'police', owner: 'police@marac.example', text: 'Send data-preservation requests to the platforms', dueInDays: 7, outcome: 'in_progress', progress: 'Requests sent to two of the three platforms.' },
        { agency: 'idva', owner: 'idva@marac.example', text: 'Help Bethany check her phone and accounts for tracking, before anything is reset', dueInDays: 14, outcome: 'left_open' },
        { agency: 'police', owner: 'police2@marac.example', text: 'Ask the digital forensics unit to examine her phone', dueInDays: 28, outcome: 'left_open' },
      ],
    },
  ],
};

/** How an agency took part at a meeting: most are present; these two sometimes send apologies. */
export const apologies: Partial<Record<AgencyKey, 'apologies_info_sent' | 'apologies_no_info'>> = {
  recovery: 'apologies_info_sent',
  mentalhealth: 'apologies_no_info',
};
