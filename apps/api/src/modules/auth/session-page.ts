// The signed-in session as the dashboard reads it: from GET /auth/me, or written into the page the API
// serves it with, so a signed-in page load starts without that round trip.
import type { Authenticated } from './auth.service.js';

/** What GET /auth/me answers for a session, and what the dashboard's page carries (withSession). */
export function sessionAnswer(session: Authenticated): { user: Authenticated['user']; expiresAt: string } {
  return { user: session.user, expiresAt: session.claims.expiresAt.toISOString() };
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The dashboard's page with the signed-in session in a <meta> before </head>: data, not script (the CSP
 * allows no inline script). The dashboard starts from it (src/auth/session.ts) instead of asking GET
 * /auth/me after its code has run: on a phone's connection one round trip less before the first
 * numbers. Without a session the page is unchanged and the dashboard asks as before.
 */
export function withSession(html: string, session: Authenticated | null): string {
  if (!session) return html;
  const content = JSON.stringify(sessionAnswer(session)).replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]!);
  return html.replace('</head>', `<meta name="lianxin-session" content="${content}" />\n</head>`);
}
