import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('where a user goes after signing in', () => {
  // Each of these, given to a browser as a location, leaves the app (or could, in some browser).
  it.each([
    '//evil.example',
    '//evil.example/x',
    '///evil.example',
    '////evil.example',
    '/\t/evil.example/x', // what `/%09/evil.example/x` arrives as once the query string is decoded
    '/%09/evil.example/x',
    '/%0a/evil.example',
    '/%0d/evil.example',
    '/%0D%0A/evil.example',
    '/\\evil.example',
    '/%5cevil.example',
    '/%5Cevil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '%2F%2Fevil.example',
    '/%252F%252Fevil.example', // encoded twice
    '/%25252F%25252Fevil.example', // encoded three times
    '/%2525252F%2525252Fevil.example', // and four
    'https://evil.example',
    'http://evil.example/cases',
    'HTTPS://evil.example',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    ' /x',
    '/ /evil.example',
    '/\u00a0/evil.example', // no-break space
    '/x?a=\u0000',
    '/x\ny',
    '/x\ry',
    '/cases\u0000',
    '/\u200b/evil.example', // zero-width space
    '/\u202e/evil.example', // right-to-left override
    '/\u3000/evil.example', // ideographic space
    '/cases\u007f',
    '/%',
    '/%E0%A4%A',
    '',
    'x'.repeat(10),
    '/' + 'a'.repeat(2001),
  ])('refuses %j and goes home', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it.each([undefined, null, 42, ['/cases'], { href: '/cases' }])('refuses %j, which is not text', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it.each(['/', '/cases', '/cases/abc?x=1#y', '/cases/0b6f0c1e-7f3a-4a43-9a39-1d1d1f7e8a10', '/action-items?dueFrom=2026-02-01&page=2', '/referrals/abc/victim', '/meetings?x=a%20b', '/meetings?venue=Council offices'])(
    'keeps %j, a path of this app',
    (value) => {
      expect(safeReturnTo(value)).toBe(value);
    },
  );
});
