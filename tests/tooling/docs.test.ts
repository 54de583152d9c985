// `npm run docs`: the spec's HTML reference opens in headless Chromium (Debian's, driven by
// playwright-core) and shows every operation and the Message schema. .ci/run installs Chromium;
// elsewhere the browser check is skipped when /usr/bin/chromium is absent.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec, type SpecOperation } from "../support/spec";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const { operations, deref } = await loadSpec();

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/docs.mjs"], { cwd: ROOT, stdio: "ignore" });
}, 60_000);

describe("npm run docs", () => {
  it("writes the package reference with TypeDoc", () => {
    const index = readFileSync(`${ROOT}docs/reference/index.html`, "utf8");
    for (const name of ["twilio", "createConversationsClient", "RestException", "ValidationError"]) {
      expect(index).toContain(name);
    }
  });

  it.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
    "the spec reference shows every operation and the Message schema in Chromium",
    async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      });
      try {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(`${ROOT}docs/api.html`).href);
        // Operations are listed under their tags; open each, and find its operations there.
        // Opening a tag closes the others, so the Message tag (whose fetch is read below) goes last.
        const tags = [
          ...new Set(operations.flatMap((op: SpecOperation) => op.operation.tags ?? [])),
        ].reverse();
        for (const tag of tags) {
          await page.getByText(tag, { exact: true }).first().click();
          for (const op of operations.filter((o: SpecOperation) => o.operation.tags?.includes(tag))) {
            const summary = op.operation.summary as string;
            await expect
              .poll(() => page.getByText(summary, { exact: true }).count(), { message: summary })
              .toBeGreaterThan(0);
          }
        }
        // The Message schema: its fields in an operation's response.
        const fetch = operations.find((op) => op.action === "fetch") as SpecOperation;
        await page.getByText(fetch.operation.summary, { exact: true }).first().click();
        // biome-ignore lint/performance/useDomNodeTextContent: what the page shows is the point.
        const text = () => page.innerText("body");
        for (const field of Object.keys(deref.components.schemas.Message.properties)) {
          await expect.poll(text, { message: `Message field ${field}` }).toContain(field);
        }
      } finally {
        await browser.close();
      }
    },
  );
});
