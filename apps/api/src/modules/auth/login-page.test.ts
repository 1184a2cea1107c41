import { describe, expect, it } from 'vitest';
import { loginPage, safeNextPath } from './login-page.js';

// Each of these took a browser to another origin (or ran script) after sign-in when checked as text.
const OFF_SITE = [
  '/\t/example.org/phish',
  '/\n/example.org',
  '/\r\n/example.org',
  '\t//example.org',
  '//example.org',
  '///example.org',
  '/\\example.org',
  '\\/example.org',
  '\\\\example.org',
  '/%5Cexample.org',
  '/%2F%2Fexample.org',
  '/%2f/example.org',
  '/%5C%5Cexample.org',
  'https:example.org',
  'https://example.org/',
  'HTTPS://example.org',
  'http://example.org',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://example.org',
  '//user:pass@example.org',
  'http://placeholder.invalid@example.org',
  '/%E0%A4%A',
  '',
  'graphiql',
];

describe('safeNextPath', () => {
  it.each(OFF_SITE)('sends %j to /', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  it('keeps same-origin paths, query and fragment', () => {
    expect(safeNextPath('/graphiql')).toBe('/graphiql');
    expect(safeNextPath('/cases?x=1#y')).toBe('/cases?x=1#y');
    expect(safeNextPath('/')).toBe('/');
    expect(safeNextPath('/cases/12?filter=%7B%7D')).toBe('/cases/12?filter=%7B%7D');
    // Resolved the way the browser would open them, on this origin.
    expect(safeNextPath('/a/../graphiql')).toBe('/graphiql');
    expect(safeNextPath('/\tgraphiql')).toBe('/graphiql');
    expect(safeNextPath('/cases?q=a b')).toBe('/cases?q=a%20b');
  });

  it('answers / for what is not one string', () => {
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(['/graphiql', '//example.org'])).toBe('/');
    expect(safeNextPath({ toString: () => '/graphiql' })).toBe('/');
  });

  it('never lets a result leave the origin, whatever page it is resolved against', () => {
    for (const next of [...OFF_SITE, '/graphiql', '/cases?x=1#y']) {
      for (const base of ['https://lianxin.example/auth/login', 'http://10.0.0.1:4000/auth/login?next=x']) {
        const target = new URL(safeNextPath(next), base);
        expect(target.origin).toBe(new URL(base).origin);
      }
    }
  });

  it('writes the destination into the page as an escaped attribute', () => {
    expect(loginPage('/cases?x=1&y=2')).toContain('data-next="/cases?x=1&#38;y=2"');
    expect(loginPage("/a'b")).toContain('data-next="/a&#39;b"');
    expect(loginPage('//example.org')).toContain('data-next="/"');
  });
});
