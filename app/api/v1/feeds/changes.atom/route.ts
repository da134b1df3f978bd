import { createTranslator } from "use-intl/core";
import { answerVersion } from "@/db/export";
import { feedVersions, lastChange, parseFeedQuery, type FeedQuery } from "@/db/feeds";
import { apiError, guarded, withEtag } from "@/lib/api";
import { siteUrl } from "@/lib/config";
import { changeOf, changesFeedXml } from "@/lib/formats/atom";
import { FEED_LIMIT, feedPath, LICENCE } from "@/lib/open-data";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";

export const dynamic = "force-dynamic";

const catalogues = { nl, en };

/** The feed's address with its parameters in a fixed order (its id and `self` link). */
const feedUrl = (q: FeedQuery, explicitLang: boolean) =>
  `${siteUrl}${feedPath({ kind: q.kind, organisation: q.organisation?.slug, lang: explicitLang ? q.lang : undefined })}`;

/**
 * GET /api/v1/feeds/changes.atom — Atom feed of the latest 100 published versions: first publications,
 * changes and archivings. `kind=sensor|algorithm`, `organisation=<slug>`, `lang=nl|en` (default nl). Unknown
 * parameters and values, and organisations that do not exist, answer 400.
 */
export async function GET(request: Request) {
  return guarded("changes feed", () => {
    const params = new URL(request.url).searchParams;
    const parsed = parseFeedQuery(params);
    if (!parsed.ok) return apiError(400, "Invalid query parameters. See 'problems' for what to change.", parsed.problems);
    const q = parsed.query;
    return withEtag(request, answerVersion(), "application/atom+xml", () => {
      const t = createTranslator({ locale: q.lang, messages: catalogues[q.lang], namespace: "feed" });
      const organisation = q.organisation?.name;
      const kindLabel = q.kind ? t(`kinds.${q.kind}`) : undefined;
      const title =
        kindLabel && organisation
          ? t("titleOrganisationKind", { organisation, kindLabel })
          : kindLabel
            ? t("titleKind", { kindLabel })
            : organisation
              ? t("titleOrganisation", { organisation })
              : t("titleAll");
      // The search page shows the same entries, newest first.
      const page = new URLSearchParams({ sort: "newest" });
      if (q.kind) page.set("kind", q.kind);
      if (q.organisation) page.set("organisation", q.organisation.slug);
      const versions = feedVersions(q);
      return changesFeedXml(
        {
          selfUrl: feedUrl(q, params.has("lang")),
          alternateUrl: `${siteUrl}/${q.lang}/search?${page}`,
          lang: q.lang,
          title,
          subtitle: t("subtitle", { limit: FEED_LIMIT }),
          author: { name: t("author"), url: `${siteUrl}/${q.lang}` },
          rights: t("rights", { licence: LICENCE.name, url: LICENCE.url }),
          // Only read when the feed is empty (an organisation without public entries yet).
          updatedFallback: versions.length ? versions[0]!.createdAt : (lastChange() ?? new Date(0)),
          entryTitle: (v) => t(changeOf(v), { name: v.name }),
          entrySummary: (v) => t("summary", { number: v.number, id: v.publicId, organisation: v.organisation.name, changeNote: v.changeNote }),
        },
        versions,
      );
    });
  });
}
