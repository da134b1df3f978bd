/**
 * `npm run db:setup`: applies migrations (opening the database does that) and loads the example data
 * when the database is empty. Set SEED_DEMO=false to start with an empty register instead.
 */
import { databasePath, getDb } from "@/db/client";
import { isEmpty, seedDemo } from "@/db/demo/seed";

async function main() {
getDb();
console.log(`database: ${databasePath()} (migrations applied)`);
if (process.env.SEED_DEMO === "false") {
  console.log("SEED_DEMO=false: no example data loaded");
} else if (isEmpty()) {
  const n = await seedDemo();
  console.log(
    `example data loaded: ${n.organisations} organisations, ${n.sensors} sensors, ${n.algorithms} algorithms, ${n.accounts} demo accounts`,
  );
} else {
  console.log("database holds data: example data not loaded");
}
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
