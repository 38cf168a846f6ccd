// The digital safety plan's checklists: data, versioned like the risk checklists
// (lib/referrals/checklists). Each row of digital_safety_items names the list and the item it was
// recorded against, so a published list never changes in place: a change of wording, order or items
// is a new version with a new id, and older versions stay here so their rows keep their meaning.

export interface SafetyPlanItem {
  /** Stable within the list: rows name it. */
  key: string;
  text: string;
  /** Why it matters, in a line, for the IDVA going through it with the victim. */
  hint: string;
}

export interface SafetyPlanChecklist {
  id: string;
  publishedOn: string;
  items: readonly SafetyPlanItem[];
}

export const digitalSafetyV1: SafetyPlanChecklist = {
  id: 'digital-safety@1',
  publishedOn: '2026-12-02',
  items: [
    { key: 'trusted_device', text: 'A separate, trusted device for contact with the police and support services', hint: 'One the perpetrator has never had access to.' },
    { key: 'passwords_changed', text: 'Passwords changed from a trusted device', hint: 'Changing them from a device being watched gives the new ones away.' },
    { key: 'location_off', text: 'Location sharing and Bluetooth turned off on devices thought to be tracked', hint: 'Including shared family and find-my-device settings.' },
    { key: 'stalkerware_kept', text: 'Suspected stalkerware kept as evidence, not wiped or reset without advice', hint: 'A reset destroys evidence and can warn the perpetrator.' },
    { key: 'encrypted_messaging', text: 'End-to-end encrypted messaging used for sensitive contact', hint: 'For contact with the police, the IDVA and people the victim trusts.' },
    { key: 'not_blocked', text: 'The perpetrator not blocked before advice', hint: 'So evidence keeps being gathered and a move to other channels can be planned for.' },
  ],
};

/** Every list ever published, oldest first. */
export const publishedSafetyChecklists: readonly SafetyPlanChecklist[] = [digitalSafetyV1];

/** The list new entries are recorded against. */
export const currentSafetyChecklist: SafetyPlanChecklist = digitalSafetyV1;

const byId = new Map(publishedSafetyChecklists.map((c) => [c.id, c]));

/** The published list with this id, or undefined. */
export function getSafetyChecklist(id: string): SafetyPlanChecklist | undefined {
  return byId.get(id);
}
