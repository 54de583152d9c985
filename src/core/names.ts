// camelCase of a wire name, as twilio-node names fields, parameters and headers (account_sid →
// accountSid, DateCreated → dateCreated, X-Twilio-Webhook-Enabled → xTwilioWebhookEnabled): the
// facade's names, and the emulator's for the seed messages it takes as create() does.

export type CamelCase<S extends string> = S extends `${infer H}_${infer T}`
  ? CamelCase<`${H}${Capitalize<T>}`>
  : S extends `${infer H}-${infer T}`
    ? CamelCase<`${H}${Capitalize<T>}`>
    : Uncapitalize<S>;

export function camelCase<S extends string>(name: S): CamelCase<S> {
  const joined = name.replace(/[-_]+(.)/g, (_, c: string) => c.toUpperCase());
  return (joined.charAt(0).toLowerCase() + joined.slice(1)) as CamelCase<S>;
}
