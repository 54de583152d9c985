// Deletes a message (the reference page's delete example).
const twilio = require("conversations-message"); // Or, for ESM: import twilio from "conversations-message";

// Find your Account SID and Auth Token at twilio.com/console
// and set the environment variables. See http://twil.io/secure
const accountSid = process.env.TWILIO_ACCOUNT_SID;
const authToken = process.env.TWILIO_AUTH_TOKEN;
const client = twilio(accountSid, authToken);

// The conversation: its SID (CH…) or its unique name.
const conversationSid = process.env.TWILIO_CONVERSATION_SID;
// The message: its SID (IM…).
const messageSid = process.env.TWILIO_MESSAGE_SID;

async function deleteConversationMessage() {
  await client.conversations.v1.conversations(conversationSid).messages(messageSid).remove();
}

deleteConversationMessage();
