import { getTranslations } from "next-intl/server";
import type { OrganisationContact as Contact } from "@/db/algorithms";
import { Heading, type HeadingLevel } from "./parts";

export const OMBUDSMAN_URL = "https://www.nationaleombudsman.nl";
export const JURIDISCH_LOKET_URL = "https://www.juridischloket.nl";
export const AWB_URL = "https://wetten.overheid.nl/BWBR0005537";

/** An organisation's general contact for objections: the way forward when no specific route is known. */
export async function OrganisationContact({
  organisation,
  headingLevel = 3,
  id = `org-contact-${organisation.slug}`,
  landmark = true,
}: {
  organisation: Contact;
  headingLevel?: HeadingLevel;
  /** Unique heading id: the same organisation can appear more than once on a page. */
  id?: string;
  /**
   * A region of its own (default). Inside a search result it is not: the page's general help names the same
   * organisation's contact, and two regions with one name are one landmark too many (axe: landmark-unique).
   */
  landmark?: boolean;
}) {
  const t = await getTranslations("contest");
  const hasObjection = organisation.objectionUrl || organisation.objectionAddress;
  const Wrapper = landmark ? "section" : "div";
  return (
    <Wrapper className="contest-org" {...(landmark ? { "aria-labelledby": id } : {})}>
      <Heading level={headingLevel} id={id}>
        {t("orgContactTitle", { organisation: organisation.name })}
      </Heading>
      {!hasObjection && <p>{t("orgNoObjectionContact", { organisation: organisation.name })}</p>}
      <dl className="contest-channels">
        {organisation.objectionUrl && (
          <div>
            <dt>{t("orgObjectionUrl")}</dt>
            <dd>
              <a href={organisation.objectionUrl}>{organisation.objectionUrl}</a>
            </dd>
          </div>
        )}
        {organisation.objectionAddress && (
          <div>
            <dt>{t("orgObjectionAddress")}</dt>
            <dd>{organisation.objectionAddress}</dd>
          </div>
        )}
        <div>
          <dt>{t("orgEmail")}</dt>
          <dd>
            <a href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
          </dd>
        </div>
      </dl>
    </Wrapper>
  );
}

/**
 * Help that always applies, so the contest finder is never a dead end: the general rule (object within six
 * weeks, Awb), what to write, the Nationale ombudsman and free legal advice; plus the chosen organisation's
 * general objection contact.
 */
export async function GeneralHelp({
  organisation,
  headingLevel = 2,
  id = "general-help",
}: {
  organisation?: Contact | null;
  headingLevel?: HeadingLevel;
  id?: string;
}) {
  const t = await getTranslations("contest");
  const sub = Math.min(headingLevel + 1, 5) as HeadingLevel;
  return (
    <section className="contest-help" aria-labelledby={id}>
      <Heading level={headingLevel} id={id}>
        {t("generalTitle")}
      </Heading>
      {organisation && <OrganisationContact organisation={organisation} headingLevel={sub} id={`${id}-org`} />}
      <p>{t("generalRule")}</p>
      <p>
        <a href={AWB_URL}>{t("generalLaw")}</a>
      </p>
      <p>{t("generalInclude")}</p>
      <p>
        {t("ombudsman")} <a href={OMBUDSMAN_URL}>{t("ombudsmanLink")}</a>
      </p>
      <p>
        {t("legalAid")} <a href={JURIDISCH_LOKET_URL}>{t("legalAidLink")}</a>
      </p>
    </section>
  );
}
