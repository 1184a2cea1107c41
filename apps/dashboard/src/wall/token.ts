// The wall signs in with a DISPLAY token handed over once in its link (/wall?token=…). It is kept in
// localStorage and taken out of the address bar at once, so it does not linger in the screen's history,
// a screenshot of the browser or the Referer of anything the page loads.
const STORAGE_KEY = 'lianxin.wall.token';

export function storeWallToken(token: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage refused (private mode): the token lives as long as this page.
    memory = token;
  }
}

let memory: string | null = null;

export function wallToken(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? memory;
  } catch {
    return memory;
  }
}
