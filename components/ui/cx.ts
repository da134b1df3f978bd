/** Joins the class names that are set (the one helper every component in this folder uses). */
export const cx = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(" ");
