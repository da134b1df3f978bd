import "@/components/ui/styles";
import "@utrecht/design-tokens/dist/theme.css";
import "./globals.css";
import Link from "next/link";

/** Not found outside a locale (rare: the proxy sends every page path to /nl or /en). Both languages. */
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body className="utrecht-theme">
        <main id="main" className="container">
          <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" href="/nl">Naar de startpagina</Link>
          </p>
          <h2 className="utrecht-heading-2" lang="en">Page not found</h2>
          <p className="utrecht-paragraph" lang="en">
            <Link className="utrecht-link" href="/en">Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
