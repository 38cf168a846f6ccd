// The national helplines every area's support directory lists first: the same for every area, kept
// here as data (docs/decisions/0013). The names and numbers are those of the project's sources; where
// they give no hours or website, none is shown.

export interface DirectoryEntry {
  name: string;
  description: string | null;
  phone: string | null;
  hours: string | null;
  website: string | null;
}

export const nationalHelplines: readonly DirectoryEntry[] = [
  {
    name: 'National Stalking Helpline (Suzy Lamplugh Trust)',
    description: 'Free advice for anyone being stalked, and referral to a specialist stalking advocate.',
    phone: '0808 802 0300',
    hours: null,
    website: null,
  },
  {
    name: 'Paladin National Stalking Advocacy Service',
    description: 'Advocates who support people at high risk from stalking, through the police and the courts.',
    phone: '0203 866 4107',
    hours: null,
    website: null,
  },
  {
    name: 'National Domestic Abuse Helpline (Refuge)',
    description: 'Free, confidential support for anyone experiencing domestic abuse, including help with technology used to abuse.',
    phone: '0808 2000 247',
    hours: null,
    website: null,
  },
  {
    name: 'Women’s Aid',
    description: 'Information and support for women experiencing domestic abuse. Its Domestic Abuse Directory finds local services.',
    phone: null,
    hours: null,
    website: null,
  },
  {
    name: 'Civil Legal Advice',
    description: 'Checks whether legal aid can pay for a court order such as an injunction, and gives legal advice.',
    phone: '0345 345 4345',
    hours: null,
    website: null,
  },
];
