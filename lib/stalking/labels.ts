// What users read for the stalking casework's enum values (db/enums.ts). No server code: forms use them.
import type {
  CrimeRecording,
  IncidentChannel,
  OccurredPrecision,
  OrderEventKind,
  PreservationStatus,
  ProtectiveOrderType,
  SafetyItemStatus,
  StalkingBehaviour,
} from '@/db/enums';

export const incidentChannelLabels: Record<IncidentChannel, string> = {
  in_person: 'In person',
  phone_call: 'Phone call',
  text_message: 'Text message',
  email: 'Email',
  social_media: 'Social media',
  messaging_app: 'Messaging app',
  tracking_device: 'Tracking device or stalkerware',
  third_party: 'Through a third party',
  property_damage: 'Damage to property',
  other: 'Other',
};

export const stalkingBehaviourLabels: Record<StalkingBehaviour, string> = {
  following: 'Following',
  contacting: 'Contacting, or trying to',
  publishing: 'Publishing material about the victim',
  monitoring: 'Monitoring their use of the internet, email or other electronic communication',
  loitering: 'Loitering',
  interfering_with_property: 'Interfering with property',
  watching: 'Watching or spying',
  threats: 'Threats',
  by_proxy: 'By proxy (through other people)',
};

export const occurredPrecisionLabels: Record<OccurredPrecision, string> = {
  exact: 'Date and time',
  day: 'Date (time not known)',
  range: 'Between two dates',
  about: 'About a date',
};

export const crimeRecordingLabels: Record<CrimeRecording, string> = {
  not_recorded: 'Not yet recorded',
  harassment_s2: 'Harassment (Protection from Harassment Act 1997, section 2)',
  stalking_s2a: 'Stalking (section 2A)',
  fear_of_violence_s4: 'Putting people in fear of violence (section 4)',
  stalking_s4a: 'Stalking involving fear of violence or serious alarm or distress (section 4A)',
  coercive_control_s76: 'Controlling or coercive behaviour (Serious Crime Act 2015, section 76)',
  malicious_communications: 'Malicious communications',
  other: 'Other',
};

export const protectiveOrderTypeLabels: Record<ProtectiveOrderType, string> = {
  spo_interim: 'Stalking Protection Order (interim)',
  spo_full: 'Stalking Protection Order',
  restraining_order_conviction: 'Restraining order on conviction',
  restraining_order_acquittal: 'Restraining order on acquittal',
  pha_injunction: 'Civil injunction (Protection from Harassment Act)',
  non_molestation_order: 'Non-molestation order',
  occupation_order: 'Occupation order',
  dvpn: 'Domestic Violence Protection Notice (DVPN)',
  dvpo: 'Domestic Violence Protection Order (DVPO)',
  dapn: 'Domestic Abuse Protection Notice (DAPN)',
  dapo: 'Domestic Abuse Protection Order (DAPO)',
};

export const orderEventKindLabels: Record<OrderEventKind, string> = {
  applied: 'Applied for',
  made: 'Made',
  served: 'Served',
  varied: 'Varied',
  renewed: 'Renewed',
  discharged: 'Discharged',
  subject_notified: 'Subject gave the police their names and address',
};

export const preservationStatusLabels: Record<PreservationStatus, string> = {
  drafted: 'Drafted',
  sent: 'Sent',
  acknowledged: 'Acknowledged',
  preserved: 'Preserved',
  disclosed: 'Disclosed',
  expired: 'Expired',
};

export const safetyItemStatusLabels: Record<SafetyItemStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  not_applicable: 'Does not apply',
};
