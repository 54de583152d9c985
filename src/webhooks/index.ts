// What the package offers for webhooks a receiver gets: Twilio's signature checks, and parseWebhook.
// One module, so the CommonJS build can load it as one chunk on first use (scripts/build.mjs).
export { type ParseWebhookOptions, parseWebhook } from "./parse.js";
export {
  getExpectedTwilioSignature,
  validateRequest,
  validateRequestWithBody,
  type WebhookParams,
} from "./signature.js";
