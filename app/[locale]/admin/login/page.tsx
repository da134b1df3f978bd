import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { LoginForm } from "@/components/admin/LoginForm";
import { ClientMessages } from "@/components/ClientMessages";
import { getActor } from "@/lib/auth/session";
import { oidcProvider } from "@/lib/auth";
import { demoAccounts, DEMO_PASSWORD } from "@/db/demo/accounts";
import { listDemoEmails } from "@/db/officials";
import { signInWithProvider } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; signedOut?: string; providerError?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.login" });
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, signedOut, providerError } = await searchParams;
  if (await getActor()) redirect(`/${locale}/admin`);
  const t = await getTranslations("admin.login");
  const demoEmails = new Set(listDemoEmails());
  const demo = demoAccounts.filter((a) => demoEmails.has(a.email));
  return (
    <div className="narrow">
      <Heading1>{t("title")}</Heading1>
      {signedOut && (
        <p role="status" className="notice notice--success">
          {t("signedOut")}
        </p>
      )}
      {providerError && (
        <p role="alert" className="notice notice--danger">
          {providerError === "blocked"
            ? t("blocked")
            : providerError === "unknown"
              ? t("providerUnknown")
              : providerError === "unverified"
                ? t("providerUnverified")
                : t("providerError")}
        </p>
      )}
      <Paragraph>{t("intro")}</Paragraph>
      <ClientMessages island="login">
        <LoginForm next={typeof next === "string" ? next : undefined} />
      </ClientMessages>
      {oidcProvider && (
        <section aria-labelledby="oidc">
          <Heading2 id="oidc">{t("oidc")}</Heading2>
          <form action={signInWithProvider}>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {oidcProvider.label}
            </button>
          </form>
        </section>
      )}
      {demo.length > 0 && (
        <section aria-labelledby="demo" className="notice notice--warning">
          <Heading2 id="demo">{t("demoTitle")}</Heading2>
          <Paragraph>{t("demoText", { password: DEMO_PASSWORD })}</Paragraph>
          <ul>
            {demo.map((a) => (
              <li key={a.email}>
                <code>{a.email}</code> — {a.description[locale as "nl" | "en"]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
