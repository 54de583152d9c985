// The smoke run as a Cloudflare Worker (bundled by esbuild, run by workerd): each request runs it
// against env.TARGET (the mock's URL, and the spec's example account and conversation) and answers with the same JSON as runtimes/smoke.mjs.
import * as emulator from "../dist/emulator.js";
import * as pkg from "../dist/index.js";
import { smoke, smokeEmulator } from "./smoke-core.mjs";

export default {
  async fetch(_request, env) {
    const runtime = `workerd (process ${typeof globalThis.process})`;
    try {
      return Response.json({
        runtime,
        passed: [
          ...(await smoke(pkg, JSON.parse(env.TARGET))),
          ...(await smokeEmulator(pkg, emulator, JSON.parse(env.TARGET))),
        ],
      });
    } catch (error) {
      return Response.json({ runtime, error: `${error?.name}: ${error?.message}` });
    }
  },
};
