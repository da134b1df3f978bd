import { Link } from "@/lib/i18n/navigation";
import { organisationPath } from "@/lib/urls";

/** An organisation's name as a link to its public page (/{locale}/organisations/{slug}), wherever a name is shown. */
export function OrganisationLink({ organisation, className }: { organisation: { slug: string; name: string }; className?: string }) {
  return (
    <Link href={organisationPath(organisation.slug)} className={className}>
      {organisation.name}
    </Link>
  );
}
