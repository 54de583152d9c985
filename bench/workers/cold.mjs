// Cold start: this process imports the library, creates a client and fetches one message, then
// prints it; the parent times from spawn to that line.
import { makeClients } from "./clients.mjs";

const { fetchOne } = await makeClients(process.argv[2], process.argv[3]);
const message = await fetchOne();
console.log(message.sid);
