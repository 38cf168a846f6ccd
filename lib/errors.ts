/**
 * Errors the domain verbs throw and the app layer maps to what the user sees.
 * Their messages are safe to show; they never carry personal data.
 */

/** The session is ended, expired or belongs to a disabled user: sign in again. */
export class SessionInvalid extends Error {
  constructor(
    readonly reason: string,
    /** Whose session it was, when known, for the audit event of the refusal. */
    readonly owner?: { userId: string; agencyId: string; areaId: string; role: string },
  ) {
    super('Your session has ended. Sign in again.');
    this.name = 'SessionInvalid';
  }
}

/** The viewer may not do this. With `asNotFound`, the app answers as if the record did not exist. */
export class AccessDenied extends Error {
  constructor(
    readonly action: string,
    readonly resourceType: string,
    readonly resourceId: string | null = null,
    readonly asNotFound = false,
  ) {
    super(asNotFound ? 'Not found' : 'You do not have permission to do that.');
    this.name = 'AccessDenied';
  }
}

/**
 * Input refused: it does not parse with the verb's schema (lib/input/parse.ts), or it breaks a rule only
 * the data can check (e.g. a taken email address). Keyed by the form's field names.
 */
export class InputRejected extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors)[0] ?? 'Check the form');
    this.name = 'InputRejected';
  }
}

/** The record changed since the user loaded it: their save is refused and what they typed is kept. */
export class StaleVersion extends Error {
  constructor() {
    super('Someone else saved this since you opened it. Your answers are still here: reload the page in another tab to see theirs, then save again.');
    this.name = 'StaleVersion';
  }
}

/** Case details on the day are shown only after the viewer confirms the confidentiality statement. */
export class ConfidentialityNotConfirmed extends Error {
  constructor(readonly meetingId: string) {
    super('Confirm the confidentiality statement before you see the cases.');
    this.name = 'ConfidentialityNotConfirmed';
  }
}

/** A stored evidence file no longer has the SHA-256 taken when it was uploaded: it must not be served. */
export class EvidenceAltered extends Error {
  constructor() {
    super('This file cannot be downloaded: it no longer matches the file that was uploaded.');
    this.name = 'EvidenceAltered';
  }
}

/**
 * The action needs a code given in the last STEP_UP_MINUTES (lib/authz, `stepUpActions`): the app sends
 * the user to /step-up, and back to where they were.
 */
export class StepUpRequired extends Error {
  constructor(readonly action: string) {
    super('Enter a code from your authenticator app to carry on.');
    this.name = 'StepUpRequired';
  }
}
