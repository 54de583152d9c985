// Lists up to 20 messages of a conversation, oldest first (the reference page's list example).
const twilio = require("conversations-message"); // Or, for ESM: import twilio from "conversations-message";

// Find your Account SID and Auth Token at twilio.com/console
// and set the environment variables. See http://twil.io/secure
const accountSid = process.env.TWILIO_ACCOUNT_SID;
const authToken = process.env.TWILIO_AUTH_TOKEN;
const client = twilio(accountSid, authToken);

// The conversation: its SID (CH…) or its unique name.
const conversationSid = process.env.TWILIO_CONVERSATION_SID;

async function listConversationMessage() {
  const messages = await client.conversations.v1.conversations(conversationSid).messages.list({ limit: 20 });

  for (const m of messages) console.log(m.accountSid);
}

listConversationMessage();
