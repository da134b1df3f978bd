/**
 * Creates a site administrator:
 *   npm run admin:create -- --email beheer@gemeente.nl --name "Naam Beheerder" [--password …]
 * Without --password a strong random password is generated and printed once.
 */
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/db/client";
import { createOfficial } from "@/db/officials";
import { isDomainError } from "@/lib/errors";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});
const input = z
  .object({
    email: z.string().trim().email(),
    name: z.string().trim().min(2).max(200),
    password: z.string().min(12).max(128).optional(),
  })
  .safeParse(values);
if (!input.success) {
  console.error("Usage: npm run admin:create -- --email <email> --name <name> [--password <at least 12 characters>]");
  console.error(z.prettifyError(input.error));
  process.exit(2);
}
async function main(data: NonNullable<typeof input.data>) {
  getDb();
const password = data.password ?? randomBytes(18).toString("base64url");
try {
  await createOfficial({
    actor: { kind: "system", name: "admin:create" },
    email: data.email,
    name: data.name,
    password,
    isAdmin: true,
  });
} catch (e) {
  console.error(isDomainError(e) ? `Not created: ${JSON.stringify(e.details ?? e.key)}` : e);
  process.exit(1);
}
console.log(`Administrator ${data.email} created.`);
if (!data.password) console.log(`Password (shown once, change it after signing in): ${password}`);
}

if (input.success) void main(input.data);
