/** One message for every failed code, whatever went wrong (wrong, used, too old, too many tries). */
export const CODE_FAILED =
  'The code is not right or cannot be used now. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.';
