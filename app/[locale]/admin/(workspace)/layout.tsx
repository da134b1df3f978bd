import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getActor } from "@/lib/auth/session";
import { openQuestionCount } from "@/db/questions";
import { openReportCount } from "@/db/sensor-reports";
import { signOut } from "../login/actions";
import { ClientMessages } from "@/components/ClientMessages";

/**
 * The officials' workspace frame. Every page below checks the session itself (requireOfficialPage);
 * this layout only shows who is signed in and the workspace menu, and gives the workspace's client
 * components (forms) the messages they read (lib/i18n/client-messages.ts).
 */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const t = await getTranslations("admin");
  return (
    <div className="workspace">
      {actor && (
        <div className="workspace__bar">
          <nav aria-label={t("nav")}>
            <ul className="workspace__menu">
              <li>
                <Link href="/admin">{t("dashboard")}</Link>
              </li>
              {actor.roles.size > 0 && (
                <li>
                  <Link href="/admin/import">{t("import.nav")}</Link>
                </li>
              )}
              {[...actor.roles.values()].some((r) => r === "editor" || r === "publisher") && (
                <>
                  <li>
                    <Link href="/admin/questions">{t("questions.nav", { count: openQuestionCount(actor) })}</Link>
                  </li>
                  <li>
                    <Link href="/admin/reports">{t("reports.nav", { count: openReportCount(actor) })}</Link>
                  </li>
                </>
              )}
              {[...actor.roles.values()].includes("publisher") && (
                <li>
                  <Link href="/admin/tokens">{t("tokens.nav")}</Link>
                </li>
              )}
              {actor.isAdmin && (
                <>
                  <li>
                    <Link href="/admin/organisations">{t("organisations.title")}</Link>
                  </li>
                  <li>
                    <Link href="/admin/users">{t("users.title")}</Link>
                  </li>
                  <li>
                    <Link href="/admin/audit">{t("audit.title")}</Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <form action={signOut} className="workspace__signout">
            <span className="muted">{t("signedInAs", { name: actor.name })}</span>{" "}
            <button type="submit" className="utrecht-button utrecht-button--subtle">
              {t("logout")}
            </button>
          </form>
        </div>
      )}
      <ClientMessages island="workspace">{children}</ClientMessages>
    </div>
  );
}
