"use client";
import { useEffect } from "react";
import { Link } from "@/lib/i18n/navigation";
import { useErrorTexts } from "@/components/shell/ErrorTexts";

/** Unexpected errors: a calm message, a retry, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div>
      <title>{t.title}</title>
      <h1 className="utrecht-heading-1">{t.title}</h1>
      <p className="utrecht-paragraph">{t.text}</p>
      <p className="utrecht-paragraph">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={reset}>
          {t.retry}
        </button>{" "}
        <Link href="/">{t.home}</Link>
      </p>
    </div>
  );
}
