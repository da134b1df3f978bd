import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_MESSAGES, pickMessages, type ClientIsland } from "@/lib/i18n/client-messages";

/**
 * Gives a client island the messages it reads, and no others: the namespaces listed for it in
 * lib/i18n/client-messages.ts. A Server Component; the rest of the page sends no messages to the browser.
 */
export async function ClientMessages({ island, children }: { island: ClientIsland; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, CLIENT_MESSAGES[island])}>{children}</NextIntlClientProvider>;
}
