/** The one password of every demo account; shown on the sign-in page only when MARAC_DEMO=1. */
export const DEMO_PASSWORD = 'marac-demo-password';
