// A minimal sign-in page for browsers (GraphiQL needs a session cookie, and the dashboard has no sign-in
// form yet). No inline script: the CSP allows scripts from 'self' only, so the script is its own URL.

export const LOGIN_PAGE = `<!doctype html>
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
    <form id="login">
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
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: data.get('username'), password: data.get('password') }),
  });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    error.textContent = body?.errors?.[0]?.message ?? response.statusText;
    return;
  }
  // Only a path on this origin: never an open redirect to another site.
  const next = new URLSearchParams(location.search).get('next') ?? '/';
  location.assign(/^\\/(?![\\/\\\\])/.test(next) ? next : '/');
});
`;
