// A minimal sign-in page for browsers (GraphiQL needs a session cookie). No inline script: the CSP
// allows scripts from 'self' only, so the script is its own URL.

const PLACEHOLDER = 'http://placeholder.invalid';
const DROPPED_BY_BROWSERS = /[\t\n\r]/g;

/**
 * Where to go after signing in: `next` as the path on this origin the browser would really open, or
 * `/`. Checking the raw text is not enough (`/\t/evil.example` passed a "starts with one slash" test,
 * and the browser, which drops tabs and newlines, went to //evil.example): it is resolved the way the
 * browser resolves it (WHATWG URL, after dropping tab/LF/CR) against a placeholder origin, kept only
 * when it stays on that origin, and returned in that resolved form (what the browser opens is what was
 * checked). Only a path is taken: `http:evil` is a path on an http page but another host on an https
 * one. A path whose decoded form starts with `//` or `/\` is refused too, for any proxy or router that
 * decodes before it redirects.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string') return '/';
  const cleaned = next.replace(DROPPED_BY_BROWSERS, '');
  // A path: nothing relative, no scheme.
  if (!cleaned.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(cleaned, PLACEHOLDER);
  } catch {
    return '/';
  }
  if (url.origin !== PLACEHOLDER || url.username || url.password) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return '/';
  }
  if (!decoded.startsWith('/') || /^\/[\\/]/.test(decoded)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

const escapeAttribute = (text: string): string => text.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page, with the already-checked destination in `data-next`: the script never reads `?next=` itself,
 * so safeNextPath is the one place that decides where a sign-in leads.
 */
export function loginPage(next: unknown): string {
  return LOGIN_PAGE.replace('data-next="/"', `data-next="${escapeAttribute(safeNextPath(next))}"`);
}

const LOGIN_PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>连心 · 登录</title>
    <link rel="icon" href="data:," />
    <style>
      body { font-family: system-ui, sans-serif; display: grid; place-items: center; min-height: 90vh; }
      form { display: grid; gap: 0.75rem; width: 18rem; }
      input, button { font: inherit; padding: 0.4rem; }
      #error { color: #b00020; min-height: 1.2em; }
    </style>
    <script type="module" src="/auth/login.js"></script>
  </head>
  <body>
    <form id="login" data-next="/">
      <h1>连心 · 登录 Sign in</h1>
      <label>用户名 Username <input name="username" autocomplete="username" required /></label>
      <label>密码 Password <input name="password" type="password" autocomplete="current-password" required /></label>
      <button type="submit">登录 Sign in</button>
      <p id="error" role="alert"></p>
    </form>
  </body>
</html>
`;

export const LOGIN_SCRIPT = `const form = document.getElementById('login');
const error = document.getElementById('error');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const data = new FormData(form);
  const response = await fetch('/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch' },
    body: JSON.stringify({ username: data.get('username'), password: data.get('password') }),
  });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    error.textContent = body?.errors?.[0]?.message ?? response.statusText;
    return;
  }
  // Checked by the server (safeNextPath): a path on this origin.
  location.assign(form.dataset.next || '/');
});
`;
