// twilio-node 6's webhook functions (the devDependency `twilio`), which the tests compare the
// package with. Loaded with require and typed from its webhooks module alone: `import from "twilio"`
// has the type checker read all of twilio-node's declarations, some 380,000 lines, for these.
import { createRequire } from "node:module";
import type * as Webhooks from "twilio/lib/webhooks/webhooks";

const twilioNode = createRequire(import.meta.url)("twilio") as typeof Webhooks;
export default twilioNode;
