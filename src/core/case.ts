// Wire names to twilio-node's camelCase names: snake_case fields (account_sid → accountSid),
// PascalCase parameters (DateCreated → dateCreated) and headers (X-Twilio-Webhook-Enabled →
// xTwilioWebhookEnabled). The type and the function follow the same rule.

export type CamelCase<S extends string> = S extends `${infer H}_${infer T}`
  ? CamelCase<`${H}${Capitalize<T>}`>
  : S extends `${infer H}-${infer T}`
    ? CamelCase<`${H}${Capitalize<T>}`>
    : Uncapitalize<S>;

export function camelCase<S extends string>(name: S): CamelCase<S> {
  const joined = name.replace(/[-_]+(.)/g, (_, c: string) => c.toUpperCase());
  return (joined.charAt(0).toLowerCase() + joined.slice(1)) as CamelCase<S>;
}
