import { getTranslations } from "next-intl/server";
import type { ImportJobSummary } from "@/db/import-jobs";
import type { RecordResult } from "@/db/import";

/** An import job's kind, status and per-record results in words (admin.import.*), for the import pages. */
export async function importLabels() {
  const t = await getTranslations("admin.import");
  return {
    mode: (job: Pick<ImportJobSummary, "mode" | "submit">) =>
      t(`mode.${job.mode === "dry_run" ? "dry_run" : job.submit ? "importSubmit" : "import"}`),
    status: (job: Pick<ImportJobSummary, "status" | "error" | "processed" | "total">) =>
      job.error === "interrupted"
        ? t("jobStatus.interrupted")
        : t(`jobStatus.${job.status}`, { processed: job.processed, total: job.total }),
    /** A record's result; records an import submitted for review say so. */
    record: (r: RecordResult, submitted: boolean) => t(`job.outcome.${r.status}${submitted ? "Submitted" : ""}`),
  };
}
