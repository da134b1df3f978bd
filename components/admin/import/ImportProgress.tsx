"use client";
/**
 * Progress of an import job: a <progress> bar with "n of N records" while it runs, and a polite live region
 * that tells screen-reader users how far it is (every tenth of the way, not at every refresh) and when it is
 * done. While the job runs the page refreshes its server data every 1.5 s (router.refresh keeps this
 * component and its live region mounted) and stops when the job is no longer running. Without JavaScript
 * the page shows a Refresh link instead.
 */
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

const REFRESH_MS = 1500;

export function ImportProgress({
  status,
  processed,
  total,
}: {
  status: "queued" | "running" | "done" | "failed";
  processed: number;
  total: number;
}) {
  const t = useTranslations("admin.import.job");
  const router = useRouter();
  const running = status === "queued" || status === "running";

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(id);
  }, [running, router]);

  // What to announce changes every tenth of the way and at the end; nothing is announced on first load.
  const key = running ? `running-${Math.floor((processed / Math.max(total, 1)) * 10)}` : status;
  const [announced, setAnnounced] = useState({ key, text: "" });
  if (announced.key !== key)
    setAnnounced({
      key,
      text: running
        ? t("progress", { processed, total })
        : status === "done"
          ? t("announceDone", { total })
          : t("announceFailed", { processed, total }),
    });

  return (
    <div className="import-progress">
      {running && (
        <>
          <p id="import-progress-label" className="muted">
            {t("progressLabel")}
          </p>
          <progress aria-labelledby="import-progress-label" aria-describedby="import-progress-text" value={processed} max={Math.max(total, 1)} />
          <p id="import-progress-text">{t("progress", { processed, total })}</p>
        </>
      )}
      <p role="status" aria-live="polite" className="visually-hidden">
        {announced.text}
      </p>
    </div>
  );
}
