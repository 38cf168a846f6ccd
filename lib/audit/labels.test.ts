import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actions as policyActions } from '@/lib/authz/policy';
import { auditActionLabel, auditActionLabels } from './labels';

const libDir = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Codes built from a template, and every value the template can take. */
const templated: Record<string, string[]> = {
  // lib/referrals/screen.ts: the coordinator's decision (decision-schemas.ts).
  'referral.${input.decision}': ['referral.accept', 'referral.return', 'referral.decline'],
};

/** Every action code lib/ writes to the audit log: `action:` of an entry, and the action of a refusal. */
function codesWritten(): { codes: Set<string>; unknownTemplates: string[] } {
  const codes = new Set<string>();
  const unknownTemplates: string[] = [];
  const code = /'([a-z_]+(?:\.[a-z_]+)?)'/g;
  for (const file of sourceFiles(libDir)) {
    const text = readFileSync(file, 'utf8');
    // `action: 'x'`, and both arms of `action: cond ? 'x' : 'y'`, up to the end of the property.
    for (const m of text.matchAll(/\baction: (`[^`]*`|[^,}\n]+)/g)) {
      const value = m[1].replace(/===? '[^']*'/g, '');
      const template = /`([^`]+)`/.exec(value);
      if (template) {
        if (templated[template[1]]) templated[template[1]].forEach((c) => codes.add(c));
        else unknownTemplates.push(`${file}: ${template[1]}`);
      }
      for (const c of value.matchAll(code)) codes.add(c[1]);
    }
    for (const m of text.matchAll(/new AccessDenied\('([a-z_.]+)'/g)) codes.add(m[1]);
  }
  // assertCan records a refusal under the policy's action name.
  policyActions.forEach((a) => codes.add(a));
  return { codes, unknownTemplates };
}

describe('the audit log’s action labels', () => {
  it('has words for every action code written anywhere in lib/', () => {
    const { codes, unknownTemplates } = codesWritten();
    expect(unknownTemplates, 'an action code built from a template: list its values in `templated`').toEqual([]);
    // The scan finds the codes it should (so this test can fail).
    expect(codes).toContain('case.reveal_protected');
    expect(codes).toContain('minutes.pdf');
    expect(codes).toContain('action_item.escalation_export');
    expect(codes).toContain('referral.return');
    const missing = [...codes].filter((c) => !(c in auditActionLabels)).sort();
    expect(missing, 'add these codes to auditActionLabels in lib/audit/labels.ts').toEqual([]);
  });

  it('reads an action in words, and a code it does not know still as words', () => {
    expect(auditActionLabel('case.reveal_protected')).toBe('Revealed protected details');
    expect(auditActionLabel('widget.do_thing')).toBe('Widget: do thing');
  });

  it('gives each label once, so the filter offers no two actions the same words', () => {
    const byLabel = new Map<string, string[]>();
    for (const [c, label] of Object.entries(auditActionLabels)) byLabel.set(label, [...(byLabel.get(label) ?? []), c]);
    const shared = [...byLabel.entries()].filter(([, cs]) => cs.length > 1).map(([label, cs]) => `${label}: ${cs.join(', ')}`);
    expect(shared).toEqual(['Changed email choices: email_prefs.edit, email_prefs.update']);
  });
});
