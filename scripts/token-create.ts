/**
 * Creates a write-API token for an organisation:
 *   npm run token:create -- --organisation <slug> --scope draft [--name <name>]
 * Information goes to stderr; the token itself is the LAST line on stdout, shown once (only its hash is
 * stored), so `npm run --silent token:create -- … | tail -n 1` hands it to a secret store.
 * Exit status: 0 created, 1 refused (unknown organisation, name in use), 2 bad arguments.
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { organisations } from "@/db/schema";
import { createToken } from "@/db/tokens";
import { isDomainError } from "@/lib/errors";
import { TOKEN_SCOPES } from "@/lib/permissions";

const usage = "Usage: npm run token:create -- --organisation <slug> --scope draft [--name <name>]";

let values: Record<string, unknown>;
try {
  values = parseArgs({
    options: { organisation: { type: "string" }, scope: { type: "string" }, name: { type: "string" } },
  }).values;
} catch (e) {
  console.error(usage);
  console.error((e as Error).message);
  process.exit(2);
}

const input = z
  .object({
    organisation: z.string().trim().min(1),
    scope: z.enum(TOKEN_SCOPES),
    name: z.string().trim().min(1).max(100).optional(),
  })
  .safeParse(values);
if (!input.success) {
  console.error(usage);
  console.error(z.prettifyError(input.error));
  process.exit(2);
}

function main(args: NonNullable<typeof input.data>) {
  const org = getDb().select().from(organisations).where(eq(organisations.slug, args.organisation)).get();
  if (!org) {
    console.error(`Not created: no organisation with slug '${args.organisation}'.`);
    process.exit(1);
  }
  const name = args.name ?? `command line ${new Date().toISOString().slice(0, 19).replace("T", " ")}`;
  try {
    const { token, summary } = createToken({
      actor: { kind: "system", name: "token:create" },
      input: { organisationId: org.id, name, scope: args.scope },
    });
    console.error(`Token '${summary.name}' (${summary.prefix}…, scope ${summary.scope}) created for ${org.name}.`);
    console.error("It is shown once, below; only its hash is stored. Revoke it in the workspace (API tokens, /nl/admin/tokens) when it leaks.");
    console.log(token);
  } catch (e) {
    const taken = isDomainError(e) && JSON.stringify(e.details ?? {}).includes("tokenNameTaken");
    console.error(
      taken ? `Not created: ${org.name} already has a live token named '${name}'; choose another --name.` : isDomainError(e) ? `Not created: ${JSON.stringify(e.details ?? e.key)}` : e,
    );
    process.exit(1);
  }
}

if (input.success) main(input.data);
