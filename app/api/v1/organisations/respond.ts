import type { PublicOrganisation } from "@/db/public";
import type { PublicOrganisationDetail } from "@/db/organisations";
import type { Figures, OrganisationAnswer, OrganisationList } from "@/lib/schemas/api";
import { siteUrl } from "@/lib/config";
import { feedPath } from "@/lib/open-data";
import { organisationUrl } from "@/lib/urls";

/** An organisation as the list answers it. */
export const organisationJson = (o: PublicOrganisation): OrganisationList["data"][number] => ({
  slug: o.slug,
  name: o.name,
  kind: o.kind,
  isExample: o.isExample,
  url: organisationUrl(o.slug),
  sensors: o.sensors,
  algorithms: o.algorithms,
});

/** One organisation with its contact, objection address, links and figures. */
export const organisationDetailJson = (o: PublicOrganisationDetail, figures: Figures): OrganisationAnswer["data"] => ({
  ...organisationJson(o),
  tooiId: o.tooiId,
  contactEmail: o.contactEmail,
  website: o.website,
  objectionUrl: o.objectionUrl,
  objectionAddress: o.objectionAddress,
  moderator: o.moderator,
  links: {
    sensors: `${siteUrl}/api/v1/sensors?organisation=${o.slug}`,
    algorithms: `${siteUrl}/api/v1/algorithms?organisation=${o.slug}`,
    feed: `${siteUrl}${feedPath({ organisation: o.slug })}`,
  },
  figures,
});
