// Swagger UI in headless Chromium against the example server, as a user of the Quay
// guide would explore the API: the page comes from another origin (CORS), loads the
// discovery document, renders every operation without an error, takes a pasted bearer
// token in the Authorize dialog, and one "Try it out" call returns 200.
//
// Usage: node swagger_ui.mjs API_BASE TOKEN OPERATION_COUNT
// (API_BASE like http://127.0.0.1:8080; run by .ci/browser/run).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const [api, token, expectedCount] = process.argv.slice(2);
if (!api || !token || !expectedCount) {
  console.error("usage: node swagger_ui.mjs API_BASE TOKEN OPERATION_COUNT");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve("swagger-ui-dist/package.json"));

// The page, on its own origin: Swagger UI pointed at the server's discovery document.
const page_html = `<!doctype html>
<html><head><meta charset="utf-8"><title>Quay API</title>
<link rel="stylesheet" href="/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: ${JSON.stringify(api + "/api/v1/discovery")}, dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: true });</script>
</body></html>`;
const types = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html" };
const site = http.createServer((req, res) => {
  const name = new URL(req.url, "http://x").pathname;
  if (name === "/") {
    res.writeHead(200, { "content-type": "text/html" });
    return res.end(page_html);
  }
  const file = path.join(dist, path.basename(name));
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(data);
  });
});
await new Promise((resolve) => site.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${site.address().port}`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "chromium-profile-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const failures = [];
let code = 1;
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on("pageerror", (e) => failures.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    // The page's own server has no favicon; that 404 is not Swagger UI's.
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) failures.push(`console error: ${m.text()}`);
  });
  page.on("requestfailed", (r) => failures.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));

  await page.goto(origin + "/");
  await page.locator(".opblock").first().waitFor({ timeout: 60_000 });
  // Swagger UI renders operations as they scroll into view: scroll to the end, collecting
  // the operations rendered on the way.
  const seen = new Set();
  let size = -1;
  for (let still = 0; still < 15; ) {
    const ids = await page.evaluate(() => [...document.querySelectorAll(".opblock")].map((e) => e.id));
    for (const id of ids) seen.add(id);
    await page.evaluate(() => window.scrollBy(0, 600));
    await page.waitForTimeout(100);
    if (seen.size === size) still++;
    else [still, size] = [0, seen.size];
  }
  const errors = await page.locator(".errors-wrapper").count();
  console.log(`operations rendered: ${seen.size}; error panels: ${errors}`);
  if (seen.size !== Number(expectedCount)) failures.push(`rendered ${seen.size} operations, expected ${expectedCount}`);
  if (errors !== 0) failures.push(`Swagger UI shows an error panel: ${await page.locator(".errors-wrapper").first().innerText()}`);
  const servers = await page.locator(".servers select option").allInnerTexts();
  console.log(`servers offered: ${servers.join(", ")}`);
  if (!servers.some((s) => s.includes(api))) failures.push(`the servers list does not offer ${api}: ${servers}`);

  // Paste the token into the bearer scheme of the Authorize dialog (kept across the
  // reload below by `persistAuthorization`).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("button.authorize").first().click();
  const bearer = page.locator(".auth-container").filter({ hasText: "bearer" }).first();
  await bearer.locator("input").first().fill(token);
  await bearer.locator("button.authorize").click();
  await page.locator("button.btn-done, .close-modal").first().click();

  // Open getLoggedInUser (GET /api/v1/user/) by its deep link.
  await page.goto(origin + "/#/user/getLoggedInUser");
  await page.reload();
  const operation = page.locator("#operations-user-getLoggedInUser");
  await operation.waitFor({ timeout: 60_000 });
  // The deep link expands the operation a moment after it renders; clicking its summary
  // while that is under way would fold it again. Give the deep link its time, and open
  // the operation by hand only if it stayed folded.
  const tryOut = operation.locator("button.try-out__btn");
  for (let attempt = 0; ; attempt++) {
    try {
      await tryOut.waitFor({ timeout: attempt === 0 ? 10_000 : 30_000 });
      break;
    } catch (e) {
      if (attempt === 2) throw e;
      const open = await operation.evaluate((e) => e.classList.contains("is-open"));
      if (!open) await operation.locator(".opblock-summary").first().click();
    }
  }
  // Try it out.
  await tryOut.click();
  await operation.locator("button.execute").click();
  const status = operation.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor({ timeout: 30_000 });
  const statusText = (await status.innerText()).trim();
  const body = await operation.locator(".live-responses-table .response-col_description pre").first().innerText();
  console.log(`Try it out getLoggedInUser: ${statusText}`);
  if (!statusText.startsWith("200")) failures.push(`Try it out answered ${statusText}: ${body}`);
  else if (!body.includes("quayadmin")) failures.push(`Try it out body lacks the user: ${body}`);

  if (failures.length === 0) {
    console.log("1 passed, 0 failed");
    code = 0;
  } else {
    for (const f of failures) console.error(f);
    console.log("0 passed, 1 failed");
  }
} catch (e) {
  console.error(e);
  for (const f of failures) console.error(f);
  console.log("0 passed, 1 failed");
} finally {
  await browser.close();
  site.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(code);
