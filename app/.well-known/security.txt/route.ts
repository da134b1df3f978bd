import { siteUrl } from "@/lib/config";
import { operatorContact } from "@/db/organisations";
import { securityTxt } from "@/lib/security-txt";

export const dynamic = "force-dynamic";

/** RFC 9116: where to report a vulnerability. See README, "Security headers and security.txt". */
export function GET() {
  const body = securityTxt({ contact: process.env.SECURITY_CONTACT || operatorContact(), siteUrl, now: new Date() });
  if (!body) return new Response("No security contact configured (SECURITY_CONTACT).\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
