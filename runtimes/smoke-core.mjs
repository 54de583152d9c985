// One smoke run of the built package, the same in every runtime: create, fetch, list with
// `for await`, update, remove, and a RestException from a 404. Throws on the first thing that is
// not as it should be; resolves the names of the checks that passed.
const CONVERSATION = `CH${"a".repeat(32)}`;
const ACCOUNT = `AC${"a".repeat(32)}`;

function check(condition, what) {
  if (!condition) throw new Error(`${what} was not as expected`);
}

export async function smoke(pkg, baseUrl) {
  const { default: twilio, RestException } = pkg;
  const passed = [];
  const client = twilio(ACCOUNT, "smoke-token", { baseUrl });
  const messages = client.conversations.v1.conversations(CONVERSATION).messages;

  const created = await messages.create({ author: "smee", body: "Ahoy there!", dateCreated: new Date(0) });
  check(/^IM[0-9a-fA-F]{32}$/.test(created.sid) && created.dateCreated instanceof Date, "create");
  passed.push("create");

  const fetched = await messages(created.sid).fetch();
  check(fetched.sid === created.sid && typeof fetched.accountSid === "string", "fetch");
  passed.push("fetch");

  let listed = 0;
  for await (const message of messages.list({ limit: 20 })) {
    check(typeof message.sid === "string", "a listed message");
    listed++;
  }
  check(listed > 0, "list");
  passed.push(`list (${listed} with for await)`);

  const updated = await messages(created.sid).update({ body: "I take back what I said" });
  check(typeof updated.sid === "string", "update");
  passed.push("update");

  check((await messages(created.sid).remove()) === true, "remove");
  passed.push("remove");

  // Ask the mock for its documented 404.
  const notFound = twilio(ACCOUNT, "smoke-token", {
    baseUrl,
    fetch: (url, init) => fetch(url, { ...init, headers: { ...init.headers, Prefer: "code=404" } }),
  });
  const error = await notFound.conversations.v1
    .conversations(CONVERSATION)
    .messages(created.sid)
    .fetch()
    .then(
      () => undefined,
      (e) => e,
    );
  check(
    error instanceof RestException && error.status === 404 && typeof error.code === "number",
    "the 404 RestException",
  );
  passed.push(`RestException ${error.status} (code ${error.code})`);
  return passed;
}
