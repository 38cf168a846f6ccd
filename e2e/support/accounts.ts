// The demo accounts of README.md, seeded into the end-to-end database by scripts/e2e.mjs.
export { DEMO_PASSWORD } from '../../db/demo-password';

export const accounts = {
  admin: { email: 'admin@marac.example', name: 'Dana Whitfield', role: 'Administrator' },
  coordinator: { email: 'coordinator@marac.example', name: 'Morgan Ellery', role: 'MARAC coordinator' },
  chair: { email: 'chair@marac.example', name: 'Inspector Ruth Calloway', role: 'Chair' },
  agency: { email: 'police@marac.example', name: 'DC Owen Prestwick', role: 'Agency representative' },
  igLead: { email: 'iglead@marac.example', name: 'Nadia Quarshie', role: 'Information governance lead' },
  // Each test that changes an account uses its own, so the specs do not depend on their order.
  toLockOut: { email: 'mentalhealth@marac.example', name: 'Yusuf Brennan' },
  toDisable: { email: 'recovery@marac.example', name: 'Jess Tolland' },
  toPromote: { email: 'police2@marac.example', name: 'PC Hana Ridley' },
  toSendBadInput: { email: 'adults@marac.example', name: 'Patrick Lowe' },
} as const;
