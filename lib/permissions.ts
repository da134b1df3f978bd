/**
 * Who may do what. Every server action, route handler and domain function asks here; nothing else
 * decides permissions.
 */
import type { MemberRole } from "@/lib/vocab";

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
    };

export type Role = MemberRole | "moderator";
export type Permission = "read-drafts" | "edit" | "publish" | "manage-organisation";

export function can(actor: Actor, permission: Permission, organisationId: number): boolean {
  if (actor.kind === "system") return true;
  if (permission === "manage-organisation") return actor.isAdmin;
  const role = actor.roles.get(organisationId);
  if (!role) return false;
  if (permission === "publish") return role === "publisher" || role === "moderator";
  if (permission === "edit") return role === "editor" || role === "publisher";
  return true; // read-drafts: every role in the organisation
}

export const actorId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);
