/**
 * The only email Marac Hub sends about its records. It says that something needs attention and where
 * to sign in, never what: no name, address, case detail or action text, since email can be read by
 * people it was not meant for, an abuser among them.
 */
export function attentionEmail(count: number, appUrl: string): { subject: string; text: string } {
  const what = count === 1 ? 'Something in Marac Hub needs your attention.' : `${count} things in Marac Hub need your attention.`;
  return {
    subject: 'Marac Hub: something needs your attention',
    text: [
      what,
      '',
      `Sign in to see what: ${appUrl}/notifications`,
      '',
      'This email never says what it is about. Do not forward it.',
      '',
      `To choose which emails you receive, sign in and go to ${appUrl}/account/email`,
    ].join('\n'),
  };
}
