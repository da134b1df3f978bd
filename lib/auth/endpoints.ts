/**
 * Which of better-auth's HTTP endpoints (/api/auth/…) answer at all. The app calls better-auth on the
 * server (`auth.api.*` from its own server actions and pages: sign-in with password, sign-out, reading
 * the session, starting an OIDC sign-in), so over HTTP it needs only the identity provider's callback.
 * Everything else — update-user, change-email, sign-up, list-sessions, sign-in/social, get-session, … —
 * answers 404: profile and account changes go through the app's own audited actions only.
 */
export function isOpenAuthEndpoint(p: { method: string; pathname: string; oidcProviderId: string | null }): boolean {
  if (!p.oidcProviderId) return false;
  if (p.method !== "GET" && p.method !== "POST") return false; // POST: providers answering with response_mode=form_post
  return p.pathname === `/api/auth/callback/${p.oidcProviderId}`;
}
