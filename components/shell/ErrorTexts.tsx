"use client";
import { createContext, useContext, type ReactNode } from "react";

/** The "error" messages, the only ones the error page (app/[locale]/error.tsx) shows. */
export type ErrorTexts = { title: string; text: string; retry: string; home: string };

const Texts = createContext<ErrorTexts | null>(null);

/**
 * Hands the error page its texts, translated on the server by the layout: an error boundary takes no props,
 * and this way no i18n runtime or catalogue reaches the browser for it.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <Texts value={texts}>{children}</Texts>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(Texts);
  if (!texts) throw new Error("useErrorTexts outside ErrorTextsProvider");
  return texts;
}
