import { actionCategories, exampleActions, foundations, principles, source, values } from "@/lib/codio";

/** The whole CODIO taxonomy, both languages. */
export function GET() {
  return Response.json(
    {
      source,
      foundations,
      principles,
      values: values.map((v) => ({ ...v, url: `/nl/values/${v.slug}` })),
      actionCategories,
      exampleActions,
    },
    { headers: { "Cache-Control": "public, max-age=3600" } },
  );
}
