import { test, expect, expectAccessible } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

/** The list beside the map has loaded and says how many sensors are in view. */
async function mapReady(page: Page) {
  const list = page.getByRole("region", { name: "Sensoren in dit deel van de kaart" });
  await expect(list.getByRole("status")).toHaveText(/Er (is|zijn) \d+ sensor(en)? in dit deel van de kaart\./);
  return list;
}

/** The list beside the map shows what is in view at the zoom level in the URL (data-zoom, set when it loaded). */
async function listSettled(page: Page, list: Locator) {
  await expect
    .poll(async () => (await list.getAttribute("data-zoom")) === String(mapView(page).zoom))
    .toBe(true);
}

const mapView = (page: Page) => {
  const u = new URL(page.url());
  return { lat: Number(u.searchParams.get("lat")), lon: Number(u.searchParams.get("lon")), zoom: Number(u.searchParams.get("zoom")) };
};

test("a citizen sees sensors on the map, filters by type and follows one to its page", async ({ page }) => {
  await page.goto("/nl/map");
  await expect(page).toHaveTitle(/Kaart van sensoren/);
  await expect(page.getByRole("heading", { level: 1, name: "Kaart van sensoren" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Kaart met sensoren" })).toBeVisible();
  const list = await mapReady(page);
  // Clusters with counts and single markers are drawn; the list names what is in view.
  await expect(page.locator(".sensor-cluster__disc").first()).toBeVisible();
  expect(await page.locator(".leaflet-marker-icon").count()).toBeGreaterThan(1);
  await expect(list.getByRole("button", { name: /Inzoomen op \d+ sensoren/ }).first()).toBeVisible();
  await expect(page.getByText("Legenda")).toBeVisible();
  await expectAccessible(page);

  // Filter by type: the choices show counts; the map and the list follow.
  const filters = page.getByRole("form", { name: "Filters" });
  const sound = filters.getByRole("checkbox", { name: /^Geluid \(\d+\)$/ });
  const soundCount = Number((await filters.getByText(/^Geluid \(\d+\)$/).textContent())!.match(/\((\d+)\)/)![1]);
  expect(soundCount).toBeGreaterThan(0);
  await sound.check();
  await expect(page).toHaveURL(/type=sound/);
  // Zoom out one step, and wait until the map has (a click on the list while the map still animates is lost).
  const zoomBefore = mapView(page).zoom;
  await page.getByRole("button", { name: "Uitzoomen" }).click();
  await expect.poll(() => mapView(page).zoom).toBe(zoomBefore - 1);
  await expect(list.getByRole("status")).toHaveText(new RegExp(`Er (is|zijn) ${soundCount} sensor`));
  // Zoom in until the sound meters stand alone, using the list (the keyboard alternative).
  // Each step waits until the list shows the new zoom level (the map loads after it stops moving), so a
  // button is never looked for in a list that is about to be replaced.
  for (let i = 0; i < 8; i++) {
    await listSettled(page, list);
    const zoomIn = list.getByRole("button", { name: /Inzoomen op/ });
    if ((await zoomIn.count()) === 0) break;
    const before = mapView(page).zoom;
    await zoomIn.first().click();
    await expect.poll(() => mapView(page).zoom).toBeGreaterThan(before);
  }
  const first = list.getByRole("link").filter({ hasText: /Geluidsmeter/ }).first();
  await expect(first).toBeVisible();
  await expect(list.getByText("Geluid", { exact: true }).first()).toBeVisible();
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/nl\/sensors\/S-[A-Z0-9]{6}$/);
});

test("an area sensor of the example data is drawn as an area", async ({ page }) => {
  // Plein Vredenburg, zoomed in: the crowd-counting area (S-VB8S5Y) is a polygon, not just a marker.
  await page.goto("/nl/map?lat=52.0925&lon=5.1150&zoom=19");
  const list = await mapReady(page);
  const item = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Druktemeting plein Vredenburg" }) });
  await expect(item).toContainText("Camera / optisch, gebied");
  // The polygon in the camera colour (an SVG path), besides the square area marker.
  await expect(page.locator('path.leaflet-interactive[stroke="#8a1538"]').first()).toBeVisible();
  await expect(page.locator(".sensor-marker .sensor-mark--area").first()).toBeVisible();
  // Zoomed out to the city, it is still counted (in a cluster), and from zoom 14 its outline stays drawn.
  await page.goto("/nl/map?lat=52.0925&lon=5.1150&zoom=15");
  await mapReady(page);
  await expect(page.locator('path.leaflet-interactive[stroke="#8a1538"]').first()).toBeAttached();
});

test("without background tiles the map page stays usable and says so", async ({ page }) => {
  // The fixtures block every request that leaves the app, so the tile server cannot be reached.
  await page.goto("/nl/map");
  await expect(page.getByRole("status").filter({ hasText: "De achtergrondkaart kan nu niet worden geladen" })).toBeVisible();
  const list = await mapReady(page);
  await expect(list.getByRole("button").first()).toBeEnabled();
  await expect(page.getByRole("link", { name: "Bekijk deze sensoren als lijst" })).toBeVisible();
  await expectAccessible(page);
});

test("the map position and filters live in the URL: reload and back restore them", async ({ page }) => {
  await page.goto("/nl/map?lat=52.09&lon=5.12&zoom=14&type=camera");
  await mapReady(page);
  const filters = page.getByRole("form", { name: "Filters" });
  await expect(filters.getByRole("checkbox", { name: /^Camera \/ optisch/ })).toBeChecked();
  await page.getByRole("button", { name: "Inzoomen" }).first().click();
  await expect.poll(() => mapView(page).zoom).toBe(15);
  await page.reload();
  await mapReady(page);
  expect(mapView(page)).toEqual({ lat: 52.09, lon: 5.12, zoom: 15 });
  await expect(filters.getByRole("checkbox", { name: /^Camera \/ optisch/ })).toBeChecked();

  // A second filter is a new history step; back returns to the first, at the same position.
  await filters.getByRole("checkbox", { name: /^Geluid/ }).check();
  await expect(page).toHaveURL(/type=sound/);
  await page.goBack();
  await expect(page).not.toHaveURL(/type=sound/);
  await expect(filters.getByRole("checkbox", { name: /^Geluid/ })).not.toBeChecked();
  await expect(filters.getByRole("checkbox", { name: /^Camera \/ optisch/ })).toBeChecked();
  expect(mapView(page).zoom).toBe(15);
});

test("near me: a clear message when location is refused, the map moves when it is allowed", async ({ page, context }) => {
  await page.goto("/nl/map");
  await mapReady(page);
  await page.getByRole("button", { name: "Sensoren bij mij in de buurt" }).click();
  await expect(page.getByText("U heeft de browser geen toestemming gegeven om uw locatie te delen.")).toBeVisible();

  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: 52.0907, longitude: 5.1214 });
  await page.getByRole("button", { name: "Sensoren bij mij in de buurt" }).click();
  await expect(page.getByText("De kaart toont nu de omgeving van uw locatie.")).toBeVisible();
  await expect.poll(() => mapView(page).zoom).toBe(16);
});

test("on a phone the list comes below the map", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/nl/map");
  const list = await mapReady(page);
  const map = await page.getByRole("region", { name: "Kaart met sensoren" }).boundingBox();
  const listBox = await list.boundingBox();
  expect(map!.width).toBeGreaterThan(300);
  expect(listBox!.y).toBeGreaterThan(map!.y + map!.height - 1);
  await expectAccessible(page);
});

test("the sensor list filters, searches and pages", async ({ page }) => {
  await page.goto("/nl/sensors");
  await expect(page.getByRole("heading", { level: 1, name: "Sensoren" })).toBeVisible();
  await expect(page.getByText(/^\d+ sensoren gevonden\.$/)).toBeVisible();
  const total = Number((await page.getByText(/^\d+ sensoren gevonden\.$/).textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(20);
  await expect(page.getByRole("navigation", { name: "Paginering" })).toContainText("Pagina 1 van");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("navigation", { name: "Paginering" })).toContainText("Pagina 2 van");

  // Filter: cameras only (the count is shown next to the choice).
  await page.getByRole("checkbox", { name: /^Camera \/ optisch \(\d+\)$/ }).check();
  await page.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/type=camera/);
  await expect(page).not.toHaveURL(/page=2/);
  const items = page.getByRole("list", { name: "Gevonden sensoren" }).getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(0);
  for (const text of await items.allTextContents()) expect(text).toContain("Camera / optisch");
  await expectAccessible(page);

  // Search within the filter, then a search that finds nothing.
  await page.getByRole("searchbox", { name: "Zoek in de sensoren" }).fill("Vredenburg");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/q=Vredenburg/);
  await expect(page).toHaveURL(/type=camera/);
  await expect(items.filter({ hasText: "Vredenburg" }).first()).toBeVisible();
  await page.goto("/nl/sensors?q=zzqxjw");
  await expect(page.getByText("Er zijn geen sensoren die passen bij uw zoekwoorden of filters.")).toBeVisible();
  await expectAccessible(page);

  // A hand-edited address does not break the page.
  await page.goto("/nl/sensors?type=teleporter&theme=milieu");
  await expect(page.getByRole("note")).toContainText("type");
  await expect(page.getByText(/sensor(en)? gevonden\./)).toBeVisible();
});

test("the sensor list works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/nl/sensors");
  await page.getByRole("checkbox", { name: /^Geen persoonsgegevens \(\d+\)$/ }).check();
  await page.getByRole("button", { name: "Filters toepassen" }).click();
  await expect(page).toHaveURL(/personalData=no/);
  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/personalData=no.*page=2|page=2.*personalData=no/);
  await expect(page.getByRole("navigation", { name: "Paginering" })).toContainText("Pagina 2 van");
  // The map page points to the list when the map cannot run.
  await page.goto("/nl/map?type=camera");
  await expect(page.getByRole("link", { name: "Bekijk deze sensoren als lijst" })).toHaveAttribute("href", "/nl/sensors?type=camera");
  await context.close();
});

test("places: a place search opens the map there, and search results open it at a sensor (nl, en, without JavaScript)", async ({
  page,
  browser,
  baseURL,
}) => {
  // The test servers' geocoder is unreachable (scripts/e2e-server.sh): places come from the register itself.
  await page.goto("/nl/map");
  await page.getByLabel("Zoek een plaats of adres").fill("Vredenburg");
  await page.getByRole("button", { name: "Zoek op de kaart" }).click();
  await expect(page).toHaveURL(/place=Vredenburg.*lat=52\.09\d*&lon=5\.11\d*&zoom=17/);
  const answer = page.getByRole("status").filter({ hasText: "Sensoren in het register bij ‘Vredenburg’" });
  await expect(answer).toContainText("De adreszoeker is nu niet bereikbaar");
  await expect(answer.locator("a[aria-current=location]")).toHaveCount(1);
  expect(await answer.getByRole("link").count()).toBeGreaterThan(1);
  await expect(page.getByLabel("Zoek een plaats of adres")).toHaveValue("Vredenburg");
  const list = await mapReady(page);
  await expect(list.getByRole("link", { name: /Vredenburg/ }).first()).toBeVisible();
  await expectAccessible(page);

  // From a search result straight to the sensor on the map, and all sensors found to the map.
  await page.goto("/nl/search?q=vredenburg");
  await expect(page.getByRole("link", { name: /^De \d+ gevonden sensoren op de kaart$/ })).toHaveAttribute("href", "/nl/map?q=vredenburg");
  const onMap = page.getByRole("link", { name: /^Op de kaart: / }).first();
  const sensor = (await onMap.getAttribute("aria-label"))!.replace("Op de kaart: ", "");
  await onMap.click();
  await expect(page).toHaveURL(/\/nl\/map\?lat=52\.09\d*&lon=5\.11\d*&zoom=19$/);
  await expect((await mapReady(page)).getByRole("link", { name: sensor })).toBeVisible();

  // English, and a place that is nowhere.
  await page.goto("/en/map?place=zzq-nowhere&type=camera");
  await expect(page.getByRole("status").filter({ hasText: "No place found for ‘zzq-nowhere’." })).toBeVisible();
  await expect(page.getByLabel("Find a place or address")).toHaveValue("zzq-nowhere");
  await expectAccessible(page);
  await page.goto("/en/map?show=S-ZZZZZZ");
  await expect(page.getByText("Sensor S-ZZZZZZ is not (or no longer) in the register.")).toBeVisible();

  // Without JavaScript the search finds the place and offers the places found, filters kept.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const noJs = await context.newPage();
  await noJs.goto("/en/map?type=camera");
  await noJs.getByLabel("Find a place or address").fill("Vredenburg");
  await noJs.getByRole("button", { name: "Find on the map" }).click();
  await expect(noJs).toHaveURL(/type=camera&place=Vredenburg&lat=/);
  await expect(noJs.getByRole("status").filter({ hasText: "Sensors in the register at ‘Vredenburg’" })).toBeVisible();
  await context.close();
});

test("a sensor page tells purpose, collective interest, personal data, values and history", async ({ page }) => {
  await page.goto("/nl/sensors/S-VB8S5Y");
  await expect(page).toHaveTitle(/Druktemeting plein Vredenburg/);
  await expect(page.getByRole("heading", { level: 1, name: "Druktemeting plein Vredenburg" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Doel: waarom deze sensor?" })).toBeVisible();
  await expect(page.getByText("Bij markten, concerten in TivoliVredenburg")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Collectief belang: wat heeft het publiek eraan?" })).toBeVisible();
  await expect(page.getByText("Veilige evenementen en een plein")).toBeVisible();
  // Where: a small map with the area, and the location in words.
  await expect(page.getByRole("region", { name: "Kaart met de plek van deze sensor" })).toBeVisible();
  await expect(page.locator('path.leaflet-interactive[stroke="#8a1538"]')).toBeVisible();
  await expect(page.getByText(/In een gebied van ongeveer/)).toBeVisible();
  // Personal data block.
  const privacy = page.getByRole("region", { name: "Persoonsgegevens" });
  await expect(privacy).toContainText("Deze sensor verwerkt persoonsgegevens.");
  await expect(privacy).toContainText("Taak van algemeen belang of openbaar gezag (e)");
  await expect(privacy.getByRole("link", { name: "Lees de privacyverklaring" })).toHaveAttribute("href", /privacy/);
  await expect(privacy).toContainText("Direct in de sensor geanonimiseerd");
  // Values, contact, history.
  await expect(page.getByRole("heading", { name: "Publieke waarden (CODIO)" })).toBeVisible();
  await expect(page.getByText(/Gekoppeld aan \d+ van de \d+ CODIO-waarden: de waarden die deze registratie dient of op het spel zet\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vragen of opmerkingen?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk alle versies" })).toHaveAttribute("href", "/nl/sensors/S-VB8S5Y/history");
  await expectAccessible(page);

  // An archived sensor stays visible with a banner; English works too.
  await page.goto("/en/sensors/S-VBA7C2");
  await expect(page.getByRole("note")).toContainText("No longer in use.");
  await expect(page.getByRole("heading", { name: "Personal data" })).toBeVisible();
  await expectAccessible(page);
});

test("drafts and unknown sensors are not found", async ({ page }) => {
  for (const id of ["S-VCE9Q2", "S-VBJ6K9", "S-ZZZZZZ", "nonsense"]) {
    const res = await page.goto(`/nl/sensors/${id}`);
    expect(res?.status(), id).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
});

test("the sensors API returns GeoJSON with canonical URLs and clear errors", async ({ request, baseURL }) => {
  const res = await request.get("/api/v1/sensors?pageSize=10");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/geo+json");
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  const body = await res.json();
  expect(body.type).toBe("FeatureCollection");
  expect(body.features).toHaveLength(10);
  expect(body.meta.total).toBeGreaterThan(10);
  expect(body.links.next).toContain("page=2");
  for (const f of body.features) {
    expect(f.type).toBe("Feature");
    expect(f.id).toMatch(/^S-/);
    expect(f.properties.url).toBe(`${baseURL}/nl/sensors/${f.id}`);
    expect(f.properties.organisation.name).toBeTruthy();
    expect(Array.isArray(f.properties.values.serves)).toBe(true);
    expect(["Point", "Polygon", "LineString"]).toContain(f.geometry.type);
  }
  // Drafts are never in the API.
  const all = await (await request.get("/api/v1/sensors?pageSize=1000")).json();
  expect(all.features.map((f: { id: string }) => f.id)).not.toContain("S-VCE9Q2");

  // Filters and a bbox around Plein Vredenburg.
  const inBox = await (await request.get("/api/v1/sensors?bbox=5.1130,52.0915,5.1170,52.0935&type=camera")).json();
  expect(inBox.features.map((f: { id: string }) => f.id)).toContain("S-VB8S5Y");

  const one = await request.get("/api/v1/sensors/S-VB8S5Y");
  expect(one.status()).toBe(200);
  const feature = await one.json();
  expect(feature.geometry.type).toBe("Polygon");
  expect(feature.properties.url).toBe(`${baseURL}/nl/sensors/S-VB8S5Y`);

  for (const bad of [
    "bbox=5.1,52.0,5.2",
    "bbox=-200,52,5,53",
    "bbox=5.2,52.1,5.1,52.0",
    "type=teleporter",
    "pageSize=5000",
    "page=-1",
    "typo=1",
  ]) {
    const r = await request.get(`/api/v1/sensors?${bad}`);
    expect(r.status(), bad).toBe(400);
    const err = await r.json();
    expect(err.error.status).toBe(400);
    expect(err.error.code).toBe("bad_request");
    expect(err.error.message.length, bad).toBeGreaterThan(10);
    expect(err.error.problems[0].parameter, bad).toBe(bad.split("=")[0]);
  }
  for (const hostile of ['"); DROP TABLE entries; --', "NEAR(camera fiets)", "*", "<script>alert(1)</script>"]) {
    const r = await request.get(`/api/v1/sensors?q=${encodeURIComponent(hostile)}`);
    expect(r.status(), hostile).toBe(200);
  }
  const missing = await request.get("/api/v1/sensors/S-ZZZZZZ");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toMatchObject({ status: 404, code: "not_found" });
  expect((await request.get("/api/v1/sensors/S-VCE9Q2")).status()).toBe(404);

  // The map's viewport endpoint.
  const clusters = await request.get("/api/v1/sensors/clusters?bbox=3,50.6,7.4,53.7&zoom=7");
  expect(clusters.status()).toBe(200);
  const c = await clusters.json();
  expect(c.meta.total).toBe(body.meta.total);
  expect((await request.get("/api/v1/sensors/clusters?zoom=7")).status()).toBe(400);
  expect((await request.get("/api/v1/sensors/clusters?bbox=3,50,7,53&zoom=99")).status()).toBe(400);
});
