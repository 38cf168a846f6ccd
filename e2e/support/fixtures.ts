// The tests' `test`: Playwright's, with `ownAreas`, the areas made for the tests that change data
// (e2e/support/own-areas.ts says which and why). scripts/e2e.mjs makes them before the server starts
// and gives the file it wrote in E2E_OWN_AREAS; the fixture reads it once per worker.
import { readFileSync } from 'node:fs';
import { test as base } from '@playwright/test';
import type { OwnAreaKey, OwnAreaRecord, OwnPerson } from './own-areas';

export { expect } from '@playwright/test';

/** One own area: its people by the local part of their demo address, and its meeting if it was staged. */
export class OwnArea {
  constructor(readonly record: OwnAreaRecord) {}

  get name() {
    return this.record.name;
  }

  get password() {
    return this.record.password;
  }

  /** "coordinator", "chair", "police", "police2", "housing"...: the demo's people, with this area's addresses. */
  person(local: string): OwnPerson {
    const person = this.record.people[local];
    if (!person) throw new Error(`own area ${this.record.key} has no ${local}`);
    return person;
  }

  get meeting() {
    if (!this.record.meeting) throw new Error(`own area ${this.record.key} was made without a meeting`);
    return this.record.meeting;
  }
}

export class OwnAreas {
  private byKey: Map<string, OwnAreaRecord>;
  constructor(records: OwnAreaRecord[]) {
    this.byKey = new Map(records.map((r) => [r.key, r]));
  }

  get(key: OwnAreaKey): OwnArea {
    const record = this.byKey.get(key);
    if (!record) throw new Error(`own area ${key} was not made: run the specs through npm run test:e2e`);
    return new OwnArea(record);
  }
}

export const test = base.extend<object, { ownAreas: OwnAreas }>({
  ownAreas: [
    async ({}, use) => {
      const file = process.env.E2E_OWN_AREAS;
      if (!file) throw new Error('E2E_OWN_AREAS is not set: run the specs through npm run test:e2e');
      await use(new OwnAreas(JSON.parse(readFileSync(file, 'utf8'))));
    },
    { scope: 'worker' },
  ],
});
