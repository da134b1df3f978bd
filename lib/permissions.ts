/**
 * Who may do what. Every server action, route handler and domain function asks here; nothing else
 * decides permissions.
 *
 * Three kinds of actor: the system (command-line scripts, the demo data), a signed-in official (roles per
 * organisation), and a write-API token (db/tokens.ts) of one organisation. A token is not a person: it may
 * create and edit drafts of its own organisation (scope "draft") and nothing else — never publish (that
 * stays with people, four eyes), never read or touch another organisation's entries, never manage anything.
 */
import type { MemberRole } from "@/lib/vocab";

/** What a write-API token may do. "draft": create and edit drafts of its organisation. */
export const TOKEN_SCOPES = ["draft"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export type Actor =
  | { kind: "system"; name: string }
  | {
      kind: "user";
      id: string;
      name: string;
      isAdmin: boolean;
      /**
       * Role per organisation id. "moderator": publisher of the public body that moderates an outside owner
       * (a company or institution reporting its sensors): may read, approve, send back and archive its
       * entries, not edit them.
       */
      roles: ReadonlyMap<number, Role>;
    }
  | {
      kind: "token";
      tokenId: number;
      /** The only organisation the token works for. */
      organisationId: number;
      /** How it appears as editor and in the audit log: "token: <token name>". */
      name: string;
      /** As stored; a scope this version does not know allows nothing. */
      scope: string;
      /**
       * The official who created the token (null when made on the command line). They answer for what it
       * sends: under the four-eyes rule they count as an editor of its drafts, so they cannot approve them.
       */
      createdById: string | null;
    };

export type TokenActor = Extract<Actor, { kind: "token" }>;

export type Role = MemberRole | "moderator";
/** "answer-questions": answer and close citizens' questions and sensor reports (README, "Questions and reports"). */
export type Permission = "read-drafts" | "edit" | "publish" | "manage-organisation" | "manage-tokens" | "answer-questions";

export function can(actor: Actor, permission: Permission, organisationId: number): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "token")
    return (
      actor.organisationId === organisationId &&
      actor.scope === "draft" &&
      (permission === "read-drafts" || permission === "edit")
    );
  if (permission === "manage-organisation") return actor.isAdmin;
  const role = actor.roles.get(organisationId);
  if (!role) return false;
  if (permission === "publish") return role === "publisher" || role === "moderator";
  if (permission === "manage-tokens") return role === "publisher";
  // The organisation's own officials only: a moderator belongs to another organisation.
  if (permission === "answer-questions") return role === "editor" || role === "publisher";
  if (permission === "edit") return role === "editor" || role === "publisher";
  return true; // read-drafts: every role in the organisation
}

/** The site administrator's rights (organisations, officials, the audit log): the system, or an admin. */
export const isSiteAdmin = (actor: Actor) => actor.kind === "system" || (actor.kind === "user" && actor.isAdmin);

/** The official's user id; null for the system and for tokens (they are no person). */
export const actorId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);

/**
 * Who answers for a change under the four-eyes rule: the official, or for a token the official who created
 * it (so nobody can approve what they sent through their own token). Null for the system.
 */
export const accountableId = (actor: Actor) => (actor.kind === "user" ? actor.id : actor.kind === "token" ? actor.createdById : null);

/** The name a token acts under, in the audit log and as a draft's editor. */
export const tokenActorName = (tokenName: string) => `token: ${tokenName}`;
