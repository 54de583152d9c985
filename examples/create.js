// Creates a message in a conversation (the reference page's create example).
const twilio = require("conversations-message"); // Or, for ESM: import twilio from "conversations-message";

// Find your Account SID and Auth Token at twilio.com/console
// and set the environment variables. See http://twil.io/secure
const accountSid = process.env.TWILIO_ACCOUNT_SID;
const authToken = process.env.TWILIO_AUTH_TOKEN;
const client = twilio(accountSid, authToken);

// The conversation: its SID (CH…) or its unique name.
const conversationSid = process.env.TWILIO_CONVERSATION_SID;

async function createConversationMessage() {
  const message = await client.conversations.v1.conversations(conversationSid).messages.create({
    author: "smee",
    body: "Ahoy there!",
  });

  console.log(message.sid);
}

createConversationMessage();
