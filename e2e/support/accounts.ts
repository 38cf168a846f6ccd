// The demo accounts of README.md, seeded into the end-to-end database by scripts/e2e.mjs. Only tests
// that read the demo use them; a test that changes data signs in to its own area (support/fixtures.ts).
export { DEMO_PASSWORD } from '../../db/demo-password';

export const accounts = {
  admin: { email: 'admin@marac.example', name: 'Dana Whitfield', role: 'Administrator' },
  coordinator: { email: 'coordinator@marac.example', name: 'Morgan Ellery', role: 'MARAC coordinator' },
  chair: { email: 'chair@marac.example', name: 'Inspector Ruth Calloway', role: 'Chair' },
  agency: { email: 'police@marac.example', name: 'DC Owen Prestwick', role: 'Agency representative' },
  igLead: { email: 'iglead@marac.example', name: 'Nadia Quarshie', role: 'Information governance lead' },
  steering: { email: 'steering@marac.example', name: 'Elaine Brookfield', role: 'Steering group member' },
} as const;
