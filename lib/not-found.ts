import { notFound } from "next/navigation";
import { isDomainError } from "./errors";

/**
 * For pages: runs a domain lookup and answers the page's 404 when it refuses (unknown, or not the
 * official's to see), so nothing tells "exists but not yours" apart from "does not exist".
 */
export function orNotFound<T>(load: () => T): T {
  try {
    return load();
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
}
