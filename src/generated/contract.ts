// GENERATED FILE - DO NOT EDIT. Documented answers, links, examples and safe values of every operation, for contract checks.
// Source: openapi/messages.yaml. Regenerate with `npm run generate`; `npm run check:generated` fails when this
// file is out of step with the spec.

// @ts-nocheck: Ajv emits plain JavaScript; the modules that use it give it types.
/* eslint-disable */

const FORMATS = { "date-time": isDateTime, uri: isUri };
function isDateTime(text) {
  const m = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|([+-])(\d\d):(\d\d))$/.exec(
    text,
  );
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  const offsetOk = m[7] === undefined || (Number(m[8]) < 24 && Number(m[9]) < 60);
  return days !== undefined && day >= 1 && day <= days && hour < 24 && minute < 60 && second < 61 && offsetOk;
}
function isUri(text) {
  return /^[a-z][a-z0-9+.-]*:(?:[a-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9a-f]{2})*$/i.test(text);
}
function holdsJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function ucs2length(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export const v0 = validate20;
const schema31 = {"$ref":"spec#/$defs/MessageList"};
const schema33 = {"type":"object","required":["meta","messages"],"properties":{"meta":{"$ref":"spec#/$defs/ListMeta"},"messages":{"type":"array","items":{"$ref":"spec#/$defs/Message"}}}};
const schema34 = {"type":"object","required":["page","page_size","first_page_url","previous_page_url","url","next_page_url","key"],"properties":{"page":{"type":"integer","minimum":0},"page_size":{"type":"integer","minimum":1,"maximum":1000},"first_page_url":{"type":"string","format":"uri"},"previous_page_url":{"type":["string","null"],"format":"uri"},"url":{"type":"string","format":"uri"},"next_page_url":{"type":["string","null"],"format":"uri"},"key":{"type":"string"}}};
const formats0 = FORMATS.uri;
const schema35 = {"type":"object","required":["account_sid","conversation_sid","sid","index","author","body","media","attributes","participant_sid","date_created","date_updated","url","delivery","links","content_sid"],"properties":{"account_sid":{"$ref":"spec#/$defs/AccountSid"},"conversation_sid":{"$ref":"spec#/$defs/ConversationSid"},"sid":{"$ref":"spec#/$defs/MessageSid"},"index":{"type":"integer","minimum":0},"author":{"type":"string"},"body":{"anyOf":[{"$ref":"spec#/$defs/MessageBody"},{"type":"null"}]},"media":{"type":["array","null"],"items":{"$ref":"spec#/$defs/MessageMedia"}},"attributes":{"$ref":"spec#/$defs/MessageAttributes"},"participant_sid":{"anyOf":[{"$ref":"spec#/$defs/ParticipantSid"},{"type":"null"}]},"date_created":{"type":"string","format":"date-time"},"date_updated":{"type":["string","null"],"format":"date-time"},"url":{"type":"string","format":"uri"},"delivery":{"anyOf":[{"$ref":"spec#/$defs/MessageDelivery"},{"type":"null"}]},"links":{"$ref":"spec#/$defs/MessageLinks"},"content_sid":{"anyOf":[{"$ref":"spec#/$defs/ContentSid"},{"type":"null"}]}}};
const schema36 = {"type":"string","pattern":"^AC[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const schema37 = {"type":"string","pattern":"^CH[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const schema38 = {"type":"string","pattern":"^IM[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const schema39 = {"type":"string","x-max-bytes":32768};
const schema44 = {"type":"string","pattern":"^MB[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const schema51 = {"type":"object","required":["delivery_receipts","channel_metadata"],"properties":{"delivery_receipts":{"type":"string","format":"uri"},"channel_metadata":{"type":"string","format":"uri"}}};
const schema52 = {"type":"string","pattern":"^HX[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const func1 = ucs2length;
const func7 = utf8Length;
const pattern4 = new RegExp("^AC[0-9a-fA-F]{32}$", "u");
const pattern5 = new RegExp("^CH[0-9a-fA-F]{32}$", "u");
const pattern6 = new RegExp("^IM[0-9a-fA-F]{32}$", "u");
const pattern8 = new RegExp("^MB[0-9a-fA-F]{32}$", "u");
const pattern9 = new RegExp("^HX[0-9a-fA-F]{32}$", "u");
const schema40 = {"type":"object","required":["sid","size","content_type","filename"],"properties":{"sid":{"$ref":"spec#/$defs/MediaSid"},"size":{"type":"integer","minimum":0},"content_type":{"type":"string"},"filename":{"type":["string","null"]}}};
const schema41 = {"type":"string","pattern":"^ME[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const pattern7 = new RegExp("^ME[0-9a-fA-F]{32}$", "u");
function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "sid"},message:"must have required property '"+"sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.size === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.content_type === undefined){const err2 = {instancePath,keyword:"required",params:{missingProperty: "content_type"},message:"must have required property '"+"content_type"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.filename === undefined){const err3 = {instancePath,keyword:"required",params:{missingProperty: "filename"},message:"must have required property '"+"filename"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.sid !== undefined){let data0 = data.sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err4 = {instancePath:instancePath+"/sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(func1(data0) < 34){const err5 = {instancePath:instancePath+"/sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!pattern7.test(data0)){const err6 = {instancePath:instancePath+"/sid",keyword:"pattern",params:{pattern: "^ME[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^ME[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.size !== undefined){let data1 = data.size;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err8 = {instancePath:instancePath+"/size",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err9 = {instancePath:instancePath+"/size",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.content_type !== undefined){if(typeof data.content_type !== "string"){const err10 = {instancePath:instancePath+"/content_type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.filename !== undefined){let data3 = data.filename;if((typeof data3 !== "string") && (data3 !== null)){const err11 = {instancePath:instancePath+"/filename",keyword:"type",params:{type: schema40.properties.filename.type},message:"must be string,null"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate24.errors = vErrors;return errors === 0;}validate24.evaluated = {"props":{"sid":true,"size":true,"content_type":true,"filename":true},"dynamicProps":false,"dynamicItems":false};
const schema42 = {"$ref":"spec#/$defs/JsonText","type":"string","x-max-bytes":4096};
const schema43 = {"type":"string","contentMediaType":"application/json"};
const func10 = holdsJson;
function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(typeof data === "string"){if(!func10(data)){const err0 = {instancePath,keyword:"contentMediaType",params:{},message:"must be a string holding valid application/json"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(typeof data === "string"){if(func7(data) > 4096){const err2 = {instancePath,keyword:"x-max-bytes",params:{limit: 4096},message:"must be at most 4096 bytes long (UTF-8)"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath,keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"dynamicProps":false,"dynamicItems":false};
const schema45 = {"type":"object","required":["total","sent","delivered","read","failed","undelivered"],"properties":{"total":{"type":"integer","minimum":0},"sent":{"$ref":"spec#/$defs/DeliveryStatus"},"delivered":{"$ref":"spec#/$defs/DeliveryStatus"},"read":{"$ref":"spec#/$defs/DeliveryStatus"},"failed":{"$ref":"spec#/$defs/DeliveryStatus"},"undelivered":{"$ref":"spec#/$defs/DeliveryStatus"}}};
const schema46 = {"type":"string","enum":["all","some","none"]};
function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate28.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.total === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.sent === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "sent"},message:"must have required property '"+"sent"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.delivered === undefined){const err2 = {instancePath,keyword:"required",params:{missingProperty: "delivered"},message:"must have required property '"+"delivered"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.read === undefined){const err3 = {instancePath,keyword:"required",params:{missingProperty: "read"},message:"must have required property '"+"read"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.failed === undefined){const err4 = {instancePath,keyword:"required",params:{missingProperty: "failed"},message:"must have required property '"+"failed"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.undelivered === undefined){const err5 = {instancePath,keyword:"required",params:{missingProperty: "undelivered"},message:"must have required property '"+"undelivered"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.total !== undefined){let data0 = data.total;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err6 = {instancePath:instancePath+"/total",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data0 == "number") && (isFinite(data0))){if(data0 < 0 || isNaN(data0)){const err7 = {instancePath:instancePath+"/total",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.sent !== undefined){let data1 = data.sent;if(typeof data1 !== "string"){const err8 = {instancePath:instancePath+"/sent",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data1 === "all") || (data1 === "some")) || (data1 === "none"))){const err9 = {instancePath:instancePath+"/sent",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.delivered !== undefined){let data2 = data.delivered;if(typeof data2 !== "string"){const err10 = {instancePath:instancePath+"/delivered",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!(((data2 === "all") || (data2 === "some")) || (data2 === "none"))){const err11 = {instancePath:instancePath+"/delivered",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.read !== undefined){let data3 = data.read;if(typeof data3 !== "string"){const err12 = {instancePath:instancePath+"/read",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!(((data3 === "all") || (data3 === "some")) || (data3 === "none"))){const err13 = {instancePath:instancePath+"/read",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.failed !== undefined){let data4 = data.failed;if(typeof data4 !== "string"){const err14 = {instancePath:instancePath+"/failed",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!(((data4 === "all") || (data4 === "some")) || (data4 === "none"))){const err15 = {instancePath:instancePath+"/failed",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.undelivered !== undefined){let data5 = data.undelivered;if(typeof data5 !== "string"){const err16 = {instancePath:instancePath+"/undelivered",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!(((data5 === "all") || (data5 === "some")) || (data5 === "none"))){const err17 = {instancePath:instancePath+"/undelivered",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate28.errors = vErrors;return errors === 0;}validate28.evaluated = {"props":{"total":true,"sent":true,"delivered":true,"read":true,"failed":true,"undelivered":true},"dynamicProps":false,"dynamicItems":false};
const formats8 = FORMATS["date-time"];
function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.account_sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "account_sid"},message:"must have required property '"+"account_sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.conversation_sid === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "conversation_sid"},message:"must have required property '"+"conversation_sid"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.sid === undefined){const err2 = {instancePath,keyword:"required",params:{missingProperty: "sid"},message:"must have required property '"+"sid"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.index === undefined){const err3 = {instancePath,keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.author === undefined){const err4 = {instancePath,keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.body === undefined){const err5 = {instancePath,keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.media === undefined){const err6 = {instancePath,keyword:"required",params:{missingProperty: "media"},message:"must have required property '"+"media"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.attributes === undefined){const err7 = {instancePath,keyword:"required",params:{missingProperty: "attributes"},message:"must have required property '"+"attributes"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.participant_sid === undefined){const err8 = {instancePath,keyword:"required",params:{missingProperty: "participant_sid"},message:"must have required property '"+"participant_sid"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.date_created === undefined){const err9 = {instancePath,keyword:"required",params:{missingProperty: "date_created"},message:"must have required property '"+"date_created"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.date_updated === undefined){const err10 = {instancePath,keyword:"required",params:{missingProperty: "date_updated"},message:"must have required property '"+"date_updated"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.url === undefined){const err11 = {instancePath,keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.delivery === undefined){const err12 = {instancePath,keyword:"required",params:{missingProperty: "delivery"},message:"must have required property '"+"delivery"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data.links === undefined){const err13 = {instancePath,keyword:"required",params:{missingProperty: "links"},message:"must have required property '"+"links"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data.content_sid === undefined){const err14 = {instancePath,keyword:"required",params:{missingProperty: "content_sid"},message:"must have required property '"+"content_sid"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data.account_sid !== undefined){let data0 = data.account_sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err15 = {instancePath:instancePath+"/account_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func1(data0) < 34){const err16 = {instancePath:instancePath+"/account_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern4.test(data0)){const err17 = {instancePath:instancePath+"/account_sid",keyword:"pattern",params:{pattern: "^AC[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^AC[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/account_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.conversation_sid !== undefined){let data1 = data.conversation_sid;if(typeof data1 === "string"){if(func1(data1) > 34){const err19 = {instancePath:instancePath+"/conversation_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(func1(data1) < 34){const err20 = {instancePath:instancePath+"/conversation_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!pattern5.test(data1)){const err21 = {instancePath:instancePath+"/conversation_sid",keyword:"pattern",params:{pattern: "^CH[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^CH[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/conversation_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.sid !== undefined){let data2 = data.sid;if(typeof data2 === "string"){if(func1(data2) > 34){const err23 = {instancePath:instancePath+"/sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(func1(data2) < 34){const err24 = {instancePath:instancePath+"/sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(!pattern6.test(data2)){const err25 = {instancePath:instancePath+"/sid",keyword:"pattern",params:{pattern: "^IM[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^IM[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.index !== undefined){let data3 = data.index;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err27 = {instancePath:instancePath+"/index",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err28 = {instancePath:instancePath+"/index",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}if(data.author !== undefined){if(typeof data.author !== "string"){const err29 = {instancePath:instancePath+"/author",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.body !== undefined){let data5 = data.body;
const _errs15 = errors;let valid4 = false;
const _errs16 = errors;if(typeof data5 === "string"){if(func7(data5) > 32768){const err30 = {instancePath:instancePath+"/body",keyword:"x-max-bytes",params:{limit: 32768},message:"must be at most 32768 bytes long (UTF-8)"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/body",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var _valid0 = _errs16 === errors;valid4 = valid4 || _valid0;
const _errs19 = errors;if(data5 !== null){const err32 = {instancePath:instancePath+"/body",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}var _valid0 = _errs19 === errors;valid4 = valid4 || _valid0;if(!valid4){const err33 = {instancePath:instancePath+"/body",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}}if(data.media !== undefined){let data6 = data.media;if((!(Array.isArray(data6))) && (data6 !== null)){const err34 = {instancePath:instancePath+"/media",keyword:"type",params:{type: schema35.properties.media.type},message:"must be array,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){if(!(validate24(data6[i0], {instancePath:instancePath+"/media/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}}}if(data.attributes !== undefined){if(!(validate26(data.attributes, {instancePath:instancePath+"/attributes",parentData:data,parentDataProperty:"attributes",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.participant_sid !== undefined){let data9 = data.participant_sid;
const _errs26 = errors;let valid8 = false;
const _errs27 = errors;if(typeof data9 === "string"){if(func1(data9) > 34){const err35 = {instancePath:instancePath+"/participant_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(func1(data9) < 34){const err36 = {instancePath:instancePath+"/participant_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!pattern8.test(data9)){const err37 = {instancePath:instancePath+"/participant_sid",keyword:"pattern",params:{pattern: "^MB[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^MB[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/participant_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}var _valid1 = _errs27 === errors;valid8 = valid8 || _valid1;
const _errs30 = errors;if(data9 !== null){const err39 = {instancePath:instancePath+"/participant_sid",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid1 = _errs30 === errors;valid8 = valid8 || _valid1;if(!valid8){const err40 = {instancePath:instancePath+"/participant_sid",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}else {errors = _errs26;if(vErrors !== null){if(_errs26){vErrors.length = _errs26;}else {vErrors = null;}}}}if(data.date_created !== undefined){let data10 = data.date_created;if(typeof data10 === "string"){if(!(formats8(data10))){const err41 = {instancePath:instancePath+"/date_created",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/date_created",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.date_updated !== undefined){let data11 = data.date_updated;if((typeof data11 !== "string") && (data11 !== null)){const err43 = {instancePath:instancePath+"/date_updated",keyword:"type",params:{type: schema35.properties.date_updated.type},message:"must be string,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(typeof data11 === "string"){if(!(formats8(data11))){const err44 = {instancePath:instancePath+"/date_updated",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}if(data.url !== undefined){let data12 = data.url;if(typeof data12 === "string"){if(!(formats0(data12))){const err45 = {instancePath:instancePath+"/url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.delivery !== undefined){let data13 = data.delivery;
const _errs39 = errors;let valid10 = false;
const _errs40 = errors;if(!(validate28(data13, {instancePath:instancePath+"/delivery",parentData:data,parentDataProperty:"delivery",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var _valid2 = _errs40 === errors;valid10 = valid10 || _valid2;if(_valid2){var props0 = {};props0.total = true;props0.sent = true;props0.delivered = true;props0.read = true;props0.failed = true;props0.undelivered = true;}const _errs41 = errors;if(data13 !== null){const err47 = {instancePath:instancePath+"/delivery",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}var _valid2 = _errs41 === errors;valid10 = valid10 || _valid2;if(!valid10){const err48 = {instancePath:instancePath+"/delivery",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}else {errors = _errs39;if(vErrors !== null){if(_errs39){vErrors.length = _errs39;}else {vErrors = null;}}}}if(data.links !== undefined){let data14 = data.links;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.delivery_receipts === undefined){const err49 = {instancePath:instancePath+"/links",keyword:"required",params:{missingProperty: "delivery_receipts"},message:"must have required property '"+"delivery_receipts"+"'"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data14.channel_metadata === undefined){const err50 = {instancePath:instancePath+"/links",keyword:"required",params:{missingProperty: "channel_metadata"},message:"must have required property '"+"channel_metadata"+"'"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data14.delivery_receipts !== undefined){let data15 = data14.delivery_receipts;if(typeof data15 === "string"){if(!(formats0(data15))){const err51 = {instancePath:instancePath+"/links/delivery_receipts",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/links/delivery_receipts",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data14.channel_metadata !== undefined){let data16 = data14.channel_metadata;if(typeof data16 === "string"){if(!(formats0(data16))){const err53 = {instancePath:instancePath+"/links/channel_metadata",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/links/channel_metadata",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/links",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.content_sid !== undefined){let data17 = data.content_sid;
const _errs51 = errors;let valid13 = false;
const _errs52 = errors;if(typeof data17 === "string"){if(func1(data17) > 34){const err56 = {instancePath:instancePath+"/content_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(func1(data17) < 34){const err57 = {instancePath:instancePath+"/content_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(!pattern9.test(data17)){const err58 = {instancePath:instancePath+"/content_sid",keyword:"pattern",params:{pattern: "^HX[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^HX[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/content_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}var _valid3 = _errs52 === errors;valid13 = valid13 || _valid3;
const _errs55 = errors;if(data17 !== null){const err60 = {instancePath:instancePath+"/content_sid",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}var _valid3 = _errs55 === errors;valid13 = valid13 || _valid3;if(!valid13){const err61 = {instancePath:instancePath+"/content_sid",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}else {errors = _errs51;if(vErrors !== null){if(_errs51){vErrors.length = _errs51;}else {vErrors = null;}}}}}else {const err62 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":{"account_sid":true,"conversation_sid":true,"sid":true,"index":true,"author":true,"body":true,"media":true,"attributes":true,"participant_sid":true,"date_created":true,"date_updated":true,"url":true,"delivery":true,"links":true,"content_sid":true},"dynamicProps":false,"dynamicItems":false};
function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.meta === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.messages === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "messages"},message:"must have required property '"+"messages"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.meta !== undefined){let data0 = data.meta;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.page === undefined){const err2 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.page_size === undefined){const err3 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "page_size"},message:"must have required property '"+"page_size"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.first_page_url === undefined){const err4 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "first_page_url"},message:"must have required property '"+"first_page_url"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.previous_page_url === undefined){const err5 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "previous_page_url"},message:"must have required property '"+"previous_page_url"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data0.url === undefined){const err6 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data0.next_page_url === undefined){const err7 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "next_page_url"},message:"must have required property '"+"next_page_url"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data0.key === undefined){const err8 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data0.page !== undefined){let data1 = data0.page;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err9 = {instancePath:instancePath+"/meta/page",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err10 = {instancePath:instancePath+"/meta/page",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data0.page_size !== undefined){let data2 = data0.page_size;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err11 = {instancePath:instancePath+"/meta/page_size",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 1000 || isNaN(data2)){const err12 = {instancePath:instancePath+"/meta/page_size",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data2 < 1 || isNaN(data2)){const err13 = {instancePath:instancePath+"/meta/page_size",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data0.first_page_url !== undefined){let data3 = data0.first_page_url;if(typeof data3 === "string"){if(!(formats0(data3))){const err14 = {instancePath:instancePath+"/meta/first_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/meta/first_page_url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data0.previous_page_url !== undefined){let data4 = data0.previous_page_url;if((typeof data4 !== "string") && (data4 !== null)){const err16 = {instancePath:instancePath+"/meta/previous_page_url",keyword:"type",params:{type: schema34.properties.previous_page_url.type},message:"must be string,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(typeof data4 === "string"){if(!(formats0(data4))){const err17 = {instancePath:instancePath+"/meta/previous_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data0.url !== undefined){let data5 = data0.url;if(typeof data5 === "string"){if(!(formats0(data5))){const err18 = {instancePath:instancePath+"/meta/url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/meta/url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data0.next_page_url !== undefined){let data6 = data0.next_page_url;if((typeof data6 !== "string") && (data6 !== null)){const err20 = {instancePath:instancePath+"/meta/next_page_url",keyword:"type",params:{type: schema34.properties.next_page_url.type},message:"must be string,null"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(typeof data6 === "string"){if(!(formats0(data6))){const err21 = {instancePath:instancePath+"/meta/next_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data0.key !== undefined){if(typeof data0.key !== "string"){const err22 = {instancePath:instancePath+"/meta/key",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/meta",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.messages !== undefined){let data8 = data.messages;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){if(!(validate23(data8[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err24 = {instancePath:instancePath+"/messages",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":{"meta":true,"messages":true},"dynamicProps":false,"dynamicItems":false};
function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":{"meta":true,"messages":true},"dynamicProps":false,"dynamicItems":false};
export const v1 = validate32;
const schema53 = {"$ref":"spec#/$defs/TwilioError"};
const schema54 = {"type":"object","required":["code","message","more_info","status"],"properties":{"code":{"type":"integer"},"message":{"type":"string"},"more_info":{"type":"string","format":"uri"},"status":{"type":"integer"},"details":{"type":"object","additionalProperties":true}}};
function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate32.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.code === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.message === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.more_info === undefined){const err2 = {instancePath,keyword:"required",params:{missingProperty: "more_info"},message:"must have required property '"+"more_info"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.status === undefined){const err3 = {instancePath,keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.code !== undefined){let data0 = data.code;if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){const err4 = {instancePath:instancePath+"/code",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.message !== undefined){if(typeof data.message !== "string"){const err5 = {instancePath:instancePath+"/message",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.more_info !== undefined){let data2 = data.more_info;if(typeof data2 === "string"){if(!(formats0(data2))){const err6 = {instancePath:instancePath+"/more_info",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/more_info",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.status !== undefined){let data3 = data.status;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err8 = {instancePath:instancePath+"/status",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.details !== undefined){let data4 = data.details;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){}else {const err9 = {instancePath:instancePath+"/details",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate32.errors = vErrors;return errors === 0;}validate32.evaluated = {"props":{"code":true,"message":true,"more_info":true,"status":true,"details":true},"dynamicProps":false,"dynamicItems":false};
export const v2 = validate33;
const schema55 = {"$ref":"spec#/$defs/Message"};
function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate34.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.account_sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "account_sid"},message:"must have required property '"+"account_sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.conversation_sid === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "conversation_sid"},message:"must have required property '"+"conversation_sid"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.sid === undefined){const err2 = {instancePath,keyword:"required",params:{missingProperty: "sid"},message:"must have required property '"+"sid"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.index === undefined){const err3 = {instancePath,keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.author === undefined){const err4 = {instancePath,keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.body === undefined){const err5 = {instancePath,keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.media === undefined){const err6 = {instancePath,keyword:"required",params:{missingProperty: "media"},message:"must have required property '"+"media"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.attributes === undefined){const err7 = {instancePath,keyword:"required",params:{missingProperty: "attributes"},message:"must have required property '"+"attributes"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.participant_sid === undefined){const err8 = {instancePath,keyword:"required",params:{missingProperty: "participant_sid"},message:"must have required property '"+"participant_sid"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.date_created === undefined){const err9 = {instancePath,keyword:"required",params:{missingProperty: "date_created"},message:"must have required property '"+"date_created"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.date_updated === undefined){const err10 = {instancePath,keyword:"required",params:{missingProperty: "date_updated"},message:"must have required property '"+"date_updated"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.url === undefined){const err11 = {instancePath,keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data.delivery === undefined){const err12 = {instancePath,keyword:"required",params:{missingProperty: "delivery"},message:"must have required property '"+"delivery"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data.links === undefined){const err13 = {instancePath,keyword:"required",params:{missingProperty: "links"},message:"must have required property '"+"links"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data.content_sid === undefined){const err14 = {instancePath,keyword:"required",params:{missingProperty: "content_sid"},message:"must have required property '"+"content_sid"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data.account_sid !== undefined){let data0 = data.account_sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err15 = {instancePath:instancePath+"/account_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func1(data0) < 34){const err16 = {instancePath:instancePath+"/account_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern4.test(data0)){const err17 = {instancePath:instancePath+"/account_sid",keyword:"pattern",params:{pattern: "^AC[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^AC[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/account_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.conversation_sid !== undefined){let data1 = data.conversation_sid;if(typeof data1 === "string"){if(func1(data1) > 34){const err19 = {instancePath:instancePath+"/conversation_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(func1(data1) < 34){const err20 = {instancePath:instancePath+"/conversation_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!pattern5.test(data1)){const err21 = {instancePath:instancePath+"/conversation_sid",keyword:"pattern",params:{pattern: "^CH[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^CH[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/conversation_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.sid !== undefined){let data2 = data.sid;if(typeof data2 === "string"){if(func1(data2) > 34){const err23 = {instancePath:instancePath+"/sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(func1(data2) < 34){const err24 = {instancePath:instancePath+"/sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(!pattern6.test(data2)){const err25 = {instancePath:instancePath+"/sid",keyword:"pattern",params:{pattern: "^IM[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^IM[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.index !== undefined){let data3 = data.index;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err27 = {instancePath:instancePath+"/index",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err28 = {instancePath:instancePath+"/index",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}if(data.author !== undefined){if(typeof data.author !== "string"){const err29 = {instancePath:instancePath+"/author",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.body !== undefined){let data5 = data.body;
const _errs15 = errors;let valid4 = false;
const _errs16 = errors;if(typeof data5 === "string"){if(func7(data5) > 32768){const err30 = {instancePath:instancePath+"/body",keyword:"x-max-bytes",params:{limit: 32768},message:"must be at most 32768 bytes long (UTF-8)"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/body",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var _valid0 = _errs16 === errors;valid4 = valid4 || _valid0;
const _errs19 = errors;if(data5 !== null){const err32 = {instancePath:instancePath+"/body",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}var _valid0 = _errs19 === errors;valid4 = valid4 || _valid0;if(!valid4){const err33 = {instancePath:instancePath+"/body",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}}if(data.media !== undefined){let data6 = data.media;if((!(Array.isArray(data6))) && (data6 !== null)){const err34 = {instancePath:instancePath+"/media",keyword:"type",params:{type: schema35.properties.media.type},message:"must be array,null"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){if(!(validate24(data6[i0], {instancePath:instancePath+"/media/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}}}if(data.attributes !== undefined){if(!(validate26(data.attributes, {instancePath:instancePath+"/attributes",parentData:data,parentDataProperty:"attributes",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.participant_sid !== undefined){let data9 = data.participant_sid;
const _errs26 = errors;let valid8 = false;
const _errs27 = errors;if(typeof data9 === "string"){if(func1(data9) > 34){const err35 = {instancePath:instancePath+"/participant_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(func1(data9) < 34){const err36 = {instancePath:instancePath+"/participant_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!pattern8.test(data9)){const err37 = {instancePath:instancePath+"/participant_sid",keyword:"pattern",params:{pattern: "^MB[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^MB[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/participant_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}var _valid1 = _errs27 === errors;valid8 = valid8 || _valid1;
const _errs30 = errors;if(data9 !== null){const err39 = {instancePath:instancePath+"/participant_sid",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid1 = _errs30 === errors;valid8 = valid8 || _valid1;if(!valid8){const err40 = {instancePath:instancePath+"/participant_sid",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}else {errors = _errs26;if(vErrors !== null){if(_errs26){vErrors.length = _errs26;}else {vErrors = null;}}}}if(data.date_created !== undefined){let data10 = data.date_created;if(typeof data10 === "string"){if(!(formats8(data10))){const err41 = {instancePath:instancePath+"/date_created",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/date_created",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.date_updated !== undefined){let data11 = data.date_updated;if((typeof data11 !== "string") && (data11 !== null)){const err43 = {instancePath:instancePath+"/date_updated",keyword:"type",params:{type: schema35.properties.date_updated.type},message:"must be string,null"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(typeof data11 === "string"){if(!(formats8(data11))){const err44 = {instancePath:instancePath+"/date_updated",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}if(data.url !== undefined){let data12 = data.url;if(typeof data12 === "string"){if(!(formats0(data12))){const err45 = {instancePath:instancePath+"/url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.delivery !== undefined){let data13 = data.delivery;
const _errs39 = errors;let valid10 = false;
const _errs40 = errors;if(!(validate28(data13, {instancePath:instancePath+"/delivery",parentData:data,parentDataProperty:"delivery",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}var _valid2 = _errs40 === errors;valid10 = valid10 || _valid2;if(_valid2){var props0 = {};props0.total = true;props0.sent = true;props0.delivered = true;props0.read = true;props0.failed = true;props0.undelivered = true;}const _errs41 = errors;if(data13 !== null){const err47 = {instancePath:instancePath+"/delivery",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}var _valid2 = _errs41 === errors;valid10 = valid10 || _valid2;if(!valid10){const err48 = {instancePath:instancePath+"/delivery",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}else {errors = _errs39;if(vErrors !== null){if(_errs39){vErrors.length = _errs39;}else {vErrors = null;}}}}if(data.links !== undefined){let data14 = data.links;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.delivery_receipts === undefined){const err49 = {instancePath:instancePath+"/links",keyword:"required",params:{missingProperty: "delivery_receipts"},message:"must have required property '"+"delivery_receipts"+"'"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data14.channel_metadata === undefined){const err50 = {instancePath:instancePath+"/links",keyword:"required",params:{missingProperty: "channel_metadata"},message:"must have required property '"+"channel_metadata"+"'"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data14.delivery_receipts !== undefined){let data15 = data14.delivery_receipts;if(typeof data15 === "string"){if(!(formats0(data15))){const err51 = {instancePath:instancePath+"/links/delivery_receipts",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/links/delivery_receipts",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data14.channel_metadata !== undefined){let data16 = data14.channel_metadata;if(typeof data16 === "string"){if(!(formats0(data16))){const err53 = {instancePath:instancePath+"/links/channel_metadata",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/links/channel_metadata",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/links",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.content_sid !== undefined){let data17 = data.content_sid;
const _errs51 = errors;let valid13 = false;
const _errs52 = errors;if(typeof data17 === "string"){if(func1(data17) > 34){const err56 = {instancePath:instancePath+"/content_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(func1(data17) < 34){const err57 = {instancePath:instancePath+"/content_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(!pattern9.test(data17)){const err58 = {instancePath:instancePath+"/content_sid",keyword:"pattern",params:{pattern: "^HX[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^HX[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/content_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}var _valid3 = _errs52 === errors;valid13 = valid13 || _valid3;
const _errs55 = errors;if(data17 !== null){const err60 = {instancePath:instancePath+"/content_sid",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}var _valid3 = _errs55 === errors;valid13 = valid13 || _valid3;if(!valid13){const err61 = {instancePath:instancePath+"/content_sid",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}else {errors = _errs51;if(vErrors !== null){if(_errs51){vErrors.length = _errs51;}else {vErrors = null;}}}}}else {const err62 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}validate34.errors = vErrors;return errors === 0;}validate34.evaluated = {"props":{"account_sid":true,"conversation_sid":true,"sid":true,"index":true,"author":true,"body":true,"media":true,"attributes":true,"participant_sid":true,"date_created":true,"date_updated":true,"url":true,"delivery":true,"links":true,"content_sid":true},"dynamicProps":false,"dynamicItems":false};
function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate33.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}validate33.errors = vErrors;return errors === 0;}validate33.evaluated = {"props":{"account_sid":true,"conversation_sid":true,"sid":true,"index":true,"author":true,"body":true,"media":true,"attributes":true,"participant_sid":true,"date_created":true,"date_updated":true,"url":true,"delivery":true,"links":true,"content_sid":true},"dynamicProps":false,"dynamicItems":false};
export const v3 = validate39;
const schema64 = {"$ref":"spec#/$defs/DeliveryReceiptList"};
const schema65 = {"type":"object","required":["meta","delivery_receipts"],"properties":{"meta":{"$ref":"spec#/$defs/ListMeta"},"delivery_receipts":{"type":"array","items":{"$ref":"spec#/$defs/DeliveryReceipt"}}}};
const schema67 = {"type":"object","required":["account_sid","conversation_sid","sid","message_sid","channel_message_sid","participant_sid","status","error_code","date_created","date_updated","url"],"properties":{"account_sid":{"$ref":"spec#/$defs/AccountSid"},"conversation_sid":{"$ref":"spec#/$defs/ConversationSid"},"sid":{"$ref":"spec#/$defs/DeliveryReceiptSid"},"message_sid":{"$ref":"spec#/$defs/MessageSid"},"channel_message_sid":{"anyOf":[{"$ref":"spec#/$defs/ChannelMessageSid"},{"type":"null"}]},"participant_sid":{"$ref":"spec#/$defs/ParticipantSid"},"status":{"anyOf":[{"$ref":"spec#/$defs/ReceiptStatus"},{"type":"null"}]},"error_code":{"type":["integer","null"]},"date_created":{"type":"string","format":"date-time"},"date_updated":{"type":["string","null"],"format":"date-time"},"url":{"type":"string","format":"uri"}}};
const schema70 = {"type":"string","pattern":"^DY[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const schema72 = {"type":"string","pattern":"^[a-zA-Z]{2}[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const schema74 = {"type":"string","enum":["sent","delivered","read","failed","undelivered"]};
const pattern17 = new RegExp("^DY[0-9a-fA-F]{32}$", "u");
const pattern19 = new RegExp("^[a-zA-Z]{2}[0-9a-fA-F]{32}$", "u");
function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate41.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.account_sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "account_sid"},message:"must have required property '"+"account_sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.conversation_sid === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "conversation_sid"},message:"must have required property '"+"conversation_sid"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.sid === undefined){const err2 = {instancePath,keyword:"required",params:{missingProperty: "sid"},message:"must have required property '"+"sid"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.message_sid === undefined){const err3 = {instancePath,keyword:"required",params:{missingProperty: "message_sid"},message:"must have required property '"+"message_sid"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.channel_message_sid === undefined){const err4 = {instancePath,keyword:"required",params:{missingProperty: "channel_message_sid"},message:"must have required property '"+"channel_message_sid"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.participant_sid === undefined){const err5 = {instancePath,keyword:"required",params:{missingProperty: "participant_sid"},message:"must have required property '"+"participant_sid"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.status === undefined){const err6 = {instancePath,keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.error_code === undefined){const err7 = {instancePath,keyword:"required",params:{missingProperty: "error_code"},message:"must have required property '"+"error_code"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.date_created === undefined){const err8 = {instancePath,keyword:"required",params:{missingProperty: "date_created"},message:"must have required property '"+"date_created"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.date_updated === undefined){const err9 = {instancePath,keyword:"required",params:{missingProperty: "date_updated"},message:"must have required property '"+"date_updated"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.url === undefined){const err10 = {instancePath,keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.account_sid !== undefined){let data0 = data.account_sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err11 = {instancePath:instancePath+"/account_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(func1(data0) < 34){const err12 = {instancePath:instancePath+"/account_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!pattern4.test(data0)){const err13 = {instancePath:instancePath+"/account_sid",keyword:"pattern",params:{pattern: "^AC[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^AC[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/account_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.conversation_sid !== undefined){let data1 = data.conversation_sid;if(typeof data1 === "string"){if(func1(data1) > 34){const err15 = {instancePath:instancePath+"/conversation_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func1(data1) < 34){const err16 = {instancePath:instancePath+"/conversation_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern5.test(data1)){const err17 = {instancePath:instancePath+"/conversation_sid",keyword:"pattern",params:{pattern: "^CH[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^CH[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/conversation_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.sid !== undefined){let data2 = data.sid;if(typeof data2 === "string"){if(func1(data2) > 34){const err19 = {instancePath:instancePath+"/sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(func1(data2) < 34){const err20 = {instancePath:instancePath+"/sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!pattern17.test(data2)){const err21 = {instancePath:instancePath+"/sid",keyword:"pattern",params:{pattern: "^DY[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^DY[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.message_sid !== undefined){let data3 = data.message_sid;if(typeof data3 === "string"){if(func1(data3) > 34){const err23 = {instancePath:instancePath+"/message_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(func1(data3) < 34){const err24 = {instancePath:instancePath+"/message_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(!pattern6.test(data3)){const err25 = {instancePath:instancePath+"/message_sid",keyword:"pattern",params:{pattern: "^IM[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^IM[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/message_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.channel_message_sid !== undefined){let data4 = data.channel_message_sid;
const _errs14 = errors;let valid5 = false;
const _errs15 = errors;if(typeof data4 === "string"){if(func1(data4) > 34){const err27 = {instancePath:instancePath+"/channel_message_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(func1(data4) < 34){const err28 = {instancePath:instancePath+"/channel_message_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(!pattern19.test(data4)){const err29 = {instancePath:instancePath+"/channel_message_sid",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2}[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^[a-zA-Z]{2}[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/channel_message_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}var _valid0 = _errs15 === errors;valid5 = valid5 || _valid0;
const _errs18 = errors;if(data4 !== null){const err31 = {instancePath:instancePath+"/channel_message_sid",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var _valid0 = _errs18 === errors;valid5 = valid5 || _valid0;if(!valid5){const err32 = {instancePath:instancePath+"/channel_message_sid",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}else {errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}}}if(data.participant_sid !== undefined){let data5 = data.participant_sid;if(typeof data5 === "string"){if(func1(data5) > 34){const err33 = {instancePath:instancePath+"/participant_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(func1(data5) < 34){const err34 = {instancePath:instancePath+"/participant_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!pattern8.test(data5)){const err35 = {instancePath:instancePath+"/participant_sid",keyword:"pattern",params:{pattern: "^MB[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^MB[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/participant_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.status !== undefined){let data6 = data.status;
const _errs24 = errors;let valid8 = false;
const _errs25 = errors;if(typeof data6 !== "string"){const err37 = {instancePath:instancePath+"/status",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(!(((((data6 === "sent") || (data6 === "delivered")) || (data6 === "read")) || (data6 === "failed")) || (data6 === "undelivered"))){const err38 = {instancePath:instancePath+"/status",keyword:"enum",params:{allowedValues: schema74.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}var _valid1 = _errs25 === errors;valid8 = valid8 || _valid1;
const _errs28 = errors;if(data6 !== null){const err39 = {instancePath:instancePath+"/status",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid1 = _errs28 === errors;valid8 = valid8 || _valid1;if(!valid8){const err40 = {instancePath:instancePath+"/status",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}else {errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}}}if(data.error_code !== undefined){let data7 = data.error_code;if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (data7 !== null)){const err41 = {instancePath:instancePath+"/error_code",keyword:"type",params:{type: schema67.properties.error_code.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.date_created !== undefined){let data8 = data.date_created;if(typeof data8 === "string"){if(!(formats8(data8))){const err42 = {instancePath:instancePath+"/date_created",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/date_created",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.date_updated !== undefined){let data9 = data.date_updated;if((typeof data9 !== "string") && (data9 !== null)){const err44 = {instancePath:instancePath+"/date_updated",keyword:"type",params:{type: schema67.properties.date_updated.type},message:"must be string,null"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(typeof data9 === "string"){if(!(formats8(data9))){const err45 = {instancePath:instancePath+"/date_updated",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data.url !== undefined){let data10 = data.url;if(typeof data10 === "string"){if(!(formats0(data10))){const err46 = {instancePath:instancePath+"/url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}validate41.errors = vErrors;return errors === 0;}validate41.evaluated = {"props":{"account_sid":true,"conversation_sid":true,"sid":true,"message_sid":true,"channel_message_sid":true,"participant_sid":true,"status":true,"error_code":true,"date_created":true,"date_updated":true,"url":true},"dynamicProps":false,"dynamicItems":false};
function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate40.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.meta === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.delivery_receipts === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "delivery_receipts"},message:"must have required property '"+"delivery_receipts"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.meta !== undefined){let data0 = data.meta;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.page === undefined){const err2 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.page_size === undefined){const err3 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "page_size"},message:"must have required property '"+"page_size"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.first_page_url === undefined){const err4 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "first_page_url"},message:"must have required property '"+"first_page_url"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.previous_page_url === undefined){const err5 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "previous_page_url"},message:"must have required property '"+"previous_page_url"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data0.url === undefined){const err6 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data0.next_page_url === undefined){const err7 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "next_page_url"},message:"must have required property '"+"next_page_url"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data0.key === undefined){const err8 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data0.page !== undefined){let data1 = data0.page;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err9 = {instancePath:instancePath+"/meta/page",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err10 = {instancePath:instancePath+"/meta/page",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data0.page_size !== undefined){let data2 = data0.page_size;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err11 = {instancePath:instancePath+"/meta/page_size",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 1000 || isNaN(data2)){const err12 = {instancePath:instancePath+"/meta/page_size",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data2 < 1 || isNaN(data2)){const err13 = {instancePath:instancePath+"/meta/page_size",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data0.first_page_url !== undefined){let data3 = data0.first_page_url;if(typeof data3 === "string"){if(!(formats0(data3))){const err14 = {instancePath:instancePath+"/meta/first_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/meta/first_page_url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data0.previous_page_url !== undefined){let data4 = data0.previous_page_url;if((typeof data4 !== "string") && (data4 !== null)){const err16 = {instancePath:instancePath+"/meta/previous_page_url",keyword:"type",params:{type: schema34.properties.previous_page_url.type},message:"must be string,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(typeof data4 === "string"){if(!(formats0(data4))){const err17 = {instancePath:instancePath+"/meta/previous_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data0.url !== undefined){let data5 = data0.url;if(typeof data5 === "string"){if(!(formats0(data5))){const err18 = {instancePath:instancePath+"/meta/url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/meta/url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data0.next_page_url !== undefined){let data6 = data0.next_page_url;if((typeof data6 !== "string") && (data6 !== null)){const err20 = {instancePath:instancePath+"/meta/next_page_url",keyword:"type",params:{type: schema34.properties.next_page_url.type},message:"must be string,null"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(typeof data6 === "string"){if(!(formats0(data6))){const err21 = {instancePath:instancePath+"/meta/next_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data0.key !== undefined){if(typeof data0.key !== "string"){const err22 = {instancePath:instancePath+"/meta/key",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/meta",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.delivery_receipts !== undefined){let data8 = data.delivery_receipts;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){if(!(validate41(data8[i0], {instancePath:instancePath+"/delivery_receipts/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}else {const err24 = {instancePath:instancePath+"/delivery_receipts",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate40.errors = vErrors;return errors === 0;}validate40.evaluated = {"props":{"meta":true,"delivery_receipts":true},"dynamicProps":false,"dynamicItems":false};
function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate39.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}validate39.errors = vErrors;return errors === 0;}validate39.evaluated = {"props":{"meta":true,"delivery_receipts":true},"dynamicProps":false,"dynamicItems":false};
export const v4 = validate44;
const schema75 = {"$ref":"spec#/$defs/DeliveryReceipt"};
function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate45.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.account_sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "account_sid"},message:"must have required property '"+"account_sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.conversation_sid === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "conversation_sid"},message:"must have required property '"+"conversation_sid"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.sid === undefined){const err2 = {instancePath,keyword:"required",params:{missingProperty: "sid"},message:"must have required property '"+"sid"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.message_sid === undefined){const err3 = {instancePath,keyword:"required",params:{missingProperty: "message_sid"},message:"must have required property '"+"message_sid"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.channel_message_sid === undefined){const err4 = {instancePath,keyword:"required",params:{missingProperty: "channel_message_sid"},message:"must have required property '"+"channel_message_sid"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.participant_sid === undefined){const err5 = {instancePath,keyword:"required",params:{missingProperty: "participant_sid"},message:"must have required property '"+"participant_sid"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.status === undefined){const err6 = {instancePath,keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.error_code === undefined){const err7 = {instancePath,keyword:"required",params:{missingProperty: "error_code"},message:"must have required property '"+"error_code"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.date_created === undefined){const err8 = {instancePath,keyword:"required",params:{missingProperty: "date_created"},message:"must have required property '"+"date_created"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.date_updated === undefined){const err9 = {instancePath,keyword:"required",params:{missingProperty: "date_updated"},message:"must have required property '"+"date_updated"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.url === undefined){const err10 = {instancePath,keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.account_sid !== undefined){let data0 = data.account_sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err11 = {instancePath:instancePath+"/account_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(func1(data0) < 34){const err12 = {instancePath:instancePath+"/account_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!pattern4.test(data0)){const err13 = {instancePath:instancePath+"/account_sid",keyword:"pattern",params:{pattern: "^AC[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^AC[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/account_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.conversation_sid !== undefined){let data1 = data.conversation_sid;if(typeof data1 === "string"){if(func1(data1) > 34){const err15 = {instancePath:instancePath+"/conversation_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func1(data1) < 34){const err16 = {instancePath:instancePath+"/conversation_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern5.test(data1)){const err17 = {instancePath:instancePath+"/conversation_sid",keyword:"pattern",params:{pattern: "^CH[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^CH[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/conversation_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.sid !== undefined){let data2 = data.sid;if(typeof data2 === "string"){if(func1(data2) > 34){const err19 = {instancePath:instancePath+"/sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(func1(data2) < 34){const err20 = {instancePath:instancePath+"/sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!pattern17.test(data2)){const err21 = {instancePath:instancePath+"/sid",keyword:"pattern",params:{pattern: "^DY[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^DY[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.message_sid !== undefined){let data3 = data.message_sid;if(typeof data3 === "string"){if(func1(data3) > 34){const err23 = {instancePath:instancePath+"/message_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(func1(data3) < 34){const err24 = {instancePath:instancePath+"/message_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(!pattern6.test(data3)){const err25 = {instancePath:instancePath+"/message_sid",keyword:"pattern",params:{pattern: "^IM[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^IM[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/message_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.channel_message_sid !== undefined){let data4 = data.channel_message_sid;
const _errs14 = errors;let valid5 = false;
const _errs15 = errors;if(typeof data4 === "string"){if(func1(data4) > 34){const err27 = {instancePath:instancePath+"/channel_message_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(func1(data4) < 34){const err28 = {instancePath:instancePath+"/channel_message_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(!pattern19.test(data4)){const err29 = {instancePath:instancePath+"/channel_message_sid",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2}[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^[a-zA-Z]{2}[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/channel_message_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}var _valid0 = _errs15 === errors;valid5 = valid5 || _valid0;
const _errs18 = errors;if(data4 !== null){const err31 = {instancePath:instancePath+"/channel_message_sid",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var _valid0 = _errs18 === errors;valid5 = valid5 || _valid0;if(!valid5){const err32 = {instancePath:instancePath+"/channel_message_sid",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}else {errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}}}if(data.participant_sid !== undefined){let data5 = data.participant_sid;if(typeof data5 === "string"){if(func1(data5) > 34){const err33 = {instancePath:instancePath+"/participant_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(func1(data5) < 34){const err34 = {instancePath:instancePath+"/participant_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!pattern8.test(data5)){const err35 = {instancePath:instancePath+"/participant_sid",keyword:"pattern",params:{pattern: "^MB[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^MB[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/participant_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.status !== undefined){let data6 = data.status;
const _errs24 = errors;let valid8 = false;
const _errs25 = errors;if(typeof data6 !== "string"){const err37 = {instancePath:instancePath+"/status",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(!(((((data6 === "sent") || (data6 === "delivered")) || (data6 === "read")) || (data6 === "failed")) || (data6 === "undelivered"))){const err38 = {instancePath:instancePath+"/status",keyword:"enum",params:{allowedValues: schema74.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}var _valid1 = _errs25 === errors;valid8 = valid8 || _valid1;
const _errs28 = errors;if(data6 !== null){const err39 = {instancePath:instancePath+"/status",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid1 = _errs28 === errors;valid8 = valid8 || _valid1;if(!valid8){const err40 = {instancePath:instancePath+"/status",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}else {errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}}}if(data.error_code !== undefined){let data7 = data.error_code;if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (data7 !== null)){const err41 = {instancePath:instancePath+"/error_code",keyword:"type",params:{type: schema67.properties.error_code.type},message:"must be integer,null"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.date_created !== undefined){let data8 = data.date_created;if(typeof data8 === "string"){if(!(formats8(data8))){const err42 = {instancePath:instancePath+"/date_created",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/date_created",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.date_updated !== undefined){let data9 = data.date_updated;if((typeof data9 !== "string") && (data9 !== null)){const err44 = {instancePath:instancePath+"/date_updated",keyword:"type",params:{type: schema67.properties.date_updated.type},message:"must be string,null"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(typeof data9 === "string"){if(!(formats8(data9))){const err45 = {instancePath:instancePath+"/date_updated",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data.url !== undefined){let data10 = data.url;if(typeof data10 === "string"){if(!(formats0(data10))){const err46 = {instancePath:instancePath+"/url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}validate45.errors = vErrors;return errors === 0;}validate45.evaluated = {"props":{"account_sid":true,"conversation_sid":true,"sid":true,"message_sid":true,"channel_message_sid":true,"participant_sid":true,"status":true,"error_code":true,"date_created":true,"date_updated":true,"url":true},"dynamicProps":false,"dynamicItems":false};
function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate44.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}validate44.errors = vErrors;return errors === 0;}validate44.evaluated = {"props":{"account_sid":true,"conversation_sid":true,"sid":true,"message_sid":true,"channel_message_sid":true,"participant_sid":true,"status":true,"error_code":true,"date_created":true,"date_updated":true,"url":true},"dynamicProps":false,"dynamicItems":false};
export const v5 = validate47;
const schema84 = {"$ref":"spec#/$defs/ServiceMessageList"};
const schema85 = {"type":"object","required":["meta","messages"],"properties":{"meta":{"$ref":"spec#/$defs/ListMeta"},"messages":{"type":"array","items":{"$ref":"spec#/$defs/ServiceMessage"}}}};
const schema87 = {"allOf":[{"$ref":"spec#/$defs/Message"},{"type":"object","required":["chat_service_sid"],"properties":{"chat_service_sid":{"$ref":"spec#/$defs/ChatServiceSid"}}}]};
const schema88 = {"type":"string","pattern":"^IS[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const pattern27 = new RegExp("^IS[0-9a-fA-F]{32}$", "u");
function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate49.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.chat_service_sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "chat_service_sid"},message:"must have required property '"+"chat_service_sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.chat_service_sid !== undefined){let data0 = data.chat_service_sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err1 = {instancePath:instancePath+"/chat_service_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data0) < 34){const err2 = {instancePath:instancePath+"/chat_service_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern27.test(data0)){const err3 = {instancePath:instancePath+"/chat_service_sid",keyword:"pattern",params:{pattern: "^IS[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^IS[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/chat_service_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate49.errors = vErrors;return errors === 0;}validate49.evaluated = {"props":{"chat_service_sid":true,"account_sid":true,"conversation_sid":true,"sid":true,"index":true,"author":true,"body":true,"media":true,"attributes":true,"participant_sid":true,"date_created":true,"date_updated":true,"url":true,"delivery":true,"links":true,"content_sid":true},"dynamicProps":false,"dynamicItems":false};
function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate48.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.meta === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.messages === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "messages"},message:"must have required property '"+"messages"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.meta !== undefined){let data0 = data.meta;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.page === undefined){const err2 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.page_size === undefined){const err3 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "page_size"},message:"must have required property '"+"page_size"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.first_page_url === undefined){const err4 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "first_page_url"},message:"must have required property '"+"first_page_url"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.previous_page_url === undefined){const err5 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "previous_page_url"},message:"must have required property '"+"previous_page_url"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data0.url === undefined){const err6 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data0.next_page_url === undefined){const err7 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "next_page_url"},message:"must have required property '"+"next_page_url"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data0.key === undefined){const err8 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data0.page !== undefined){let data1 = data0.page;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err9 = {instancePath:instancePath+"/meta/page",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err10 = {instancePath:instancePath+"/meta/page",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data0.page_size !== undefined){let data2 = data0.page_size;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err11 = {instancePath:instancePath+"/meta/page_size",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 1000 || isNaN(data2)){const err12 = {instancePath:instancePath+"/meta/page_size",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data2 < 1 || isNaN(data2)){const err13 = {instancePath:instancePath+"/meta/page_size",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data0.first_page_url !== undefined){let data3 = data0.first_page_url;if(typeof data3 === "string"){if(!(formats0(data3))){const err14 = {instancePath:instancePath+"/meta/first_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/meta/first_page_url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data0.previous_page_url !== undefined){let data4 = data0.previous_page_url;if((typeof data4 !== "string") && (data4 !== null)){const err16 = {instancePath:instancePath+"/meta/previous_page_url",keyword:"type",params:{type: schema34.properties.previous_page_url.type},message:"must be string,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(typeof data4 === "string"){if(!(formats0(data4))){const err17 = {instancePath:instancePath+"/meta/previous_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data0.url !== undefined){let data5 = data0.url;if(typeof data5 === "string"){if(!(formats0(data5))){const err18 = {instancePath:instancePath+"/meta/url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/meta/url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data0.next_page_url !== undefined){let data6 = data0.next_page_url;if((typeof data6 !== "string") && (data6 !== null)){const err20 = {instancePath:instancePath+"/meta/next_page_url",keyword:"type",params:{type: schema34.properties.next_page_url.type},message:"must be string,null"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(typeof data6 === "string"){if(!(formats0(data6))){const err21 = {instancePath:instancePath+"/meta/next_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data0.key !== undefined){if(typeof data0.key !== "string"){const err22 = {instancePath:instancePath+"/meta/key",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/meta",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.messages !== undefined){let data8 = data.messages;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){if(!(validate49(data8[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}}}else {const err24 = {instancePath:instancePath+"/messages",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate48.errors = vErrors;return errors === 0;}validate48.evaluated = {"props":{"meta":true,"messages":true},"dynamicProps":false,"dynamicItems":false};
function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate47.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate48(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);errors = vErrors.length;}validate47.errors = vErrors;return errors === 0;}validate47.evaluated = {"props":{"meta":true,"messages":true},"dynamicProps":false,"dynamicItems":false};
export const v6 = validate53;
const schema89 = {"$ref":"spec#/$defs/ServiceMessage"};
function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate54.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.chat_service_sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "chat_service_sid"},message:"must have required property '"+"chat_service_sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.chat_service_sid !== undefined){let data0 = data.chat_service_sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err1 = {instancePath:instancePath+"/chat_service_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data0) < 34){const err2 = {instancePath:instancePath+"/chat_service_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern27.test(data0)){const err3 = {instancePath:instancePath+"/chat_service_sid",keyword:"pattern",params:{pattern: "^IS[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^IS[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/chat_service_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate54.errors = vErrors;return errors === 0;}validate54.evaluated = {"props":{"chat_service_sid":true,"account_sid":true,"conversation_sid":true,"sid":true,"index":true,"author":true,"body":true,"media":true,"attributes":true,"participant_sid":true,"date_created":true,"date_updated":true,"url":true,"delivery":true,"links":true,"content_sid":true},"dynamicProps":false,"dynamicItems":false};
function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate53.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}validate53.errors = vErrors;return errors === 0;}validate53.evaluated = {"props":{"chat_service_sid":true,"account_sid":true,"conversation_sid":true,"sid":true,"index":true,"author":true,"body":true,"media":true,"attributes":true,"participant_sid":true,"date_created":true,"date_updated":true,"url":true,"delivery":true,"links":true,"content_sid":true},"dynamicProps":false,"dynamicItems":false};
export const v7 = validate57;
const schema92 = {"$ref":"spec#/$defs/ServiceDeliveryReceiptList"};
const schema93 = {"type":"object","required":["meta","delivery_receipts"],"properties":{"meta":{"$ref":"spec#/$defs/ListMeta"},"delivery_receipts":{"type":"array","items":{"$ref":"spec#/$defs/ServiceDeliveryReceipt"}}}};
const schema95 = {"allOf":[{"$ref":"spec#/$defs/DeliveryReceipt"},{"type":"object","required":["chat_service_sid"],"properties":{"chat_service_sid":{"$ref":"spec#/$defs/ChatServiceSid"}}}]};
function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate59.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.chat_service_sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "chat_service_sid"},message:"must have required property '"+"chat_service_sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.chat_service_sid !== undefined){let data0 = data.chat_service_sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err1 = {instancePath:instancePath+"/chat_service_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data0) < 34){const err2 = {instancePath:instancePath+"/chat_service_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern27.test(data0)){const err3 = {instancePath:instancePath+"/chat_service_sid",keyword:"pattern",params:{pattern: "^IS[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^IS[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/chat_service_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate59.errors = vErrors;return errors === 0;}validate59.evaluated = {"props":{"chat_service_sid":true,"account_sid":true,"conversation_sid":true,"sid":true,"message_sid":true,"channel_message_sid":true,"participant_sid":true,"status":true,"error_code":true,"date_created":true,"date_updated":true,"url":true},"dynamicProps":false,"dynamicItems":false};
function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate58.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.meta === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.delivery_receipts === undefined){const err1 = {instancePath,keyword:"required",params:{missingProperty: "delivery_receipts"},message:"must have required property '"+"delivery_receipts"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.meta !== undefined){let data0 = data.meta;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.page === undefined){const err2 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.page_size === undefined){const err3 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "page_size"},message:"must have required property '"+"page_size"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.first_page_url === undefined){const err4 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "first_page_url"},message:"must have required property '"+"first_page_url"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.previous_page_url === undefined){const err5 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "previous_page_url"},message:"must have required property '"+"previous_page_url"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data0.url === undefined){const err6 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data0.next_page_url === undefined){const err7 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "next_page_url"},message:"must have required property '"+"next_page_url"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data0.key === undefined){const err8 = {instancePath:instancePath+"/meta",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data0.page !== undefined){let data1 = data0.page;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err9 = {instancePath:instancePath+"/meta/page",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err10 = {instancePath:instancePath+"/meta/page",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data0.page_size !== undefined){let data2 = data0.page_size;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err11 = {instancePath:instancePath+"/meta/page_size",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 1000 || isNaN(data2)){const err12 = {instancePath:instancePath+"/meta/page_size",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data2 < 1 || isNaN(data2)){const err13 = {instancePath:instancePath+"/meta/page_size",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data0.first_page_url !== undefined){let data3 = data0.first_page_url;if(typeof data3 === "string"){if(!(formats0(data3))){const err14 = {instancePath:instancePath+"/meta/first_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/meta/first_page_url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data0.previous_page_url !== undefined){let data4 = data0.previous_page_url;if((typeof data4 !== "string") && (data4 !== null)){const err16 = {instancePath:instancePath+"/meta/previous_page_url",keyword:"type",params:{type: schema34.properties.previous_page_url.type},message:"must be string,null"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(typeof data4 === "string"){if(!(formats0(data4))){const err17 = {instancePath:instancePath+"/meta/previous_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data0.url !== undefined){let data5 = data0.url;if(typeof data5 === "string"){if(!(formats0(data5))){const err18 = {instancePath:instancePath+"/meta/url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/meta/url",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data0.next_page_url !== undefined){let data6 = data0.next_page_url;if((typeof data6 !== "string") && (data6 !== null)){const err20 = {instancePath:instancePath+"/meta/next_page_url",keyword:"type",params:{type: schema34.properties.next_page_url.type},message:"must be string,null"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(typeof data6 === "string"){if(!(formats0(data6))){const err21 = {instancePath:instancePath+"/meta/next_page_url",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data0.key !== undefined){if(typeof data0.key !== "string"){const err22 = {instancePath:instancePath+"/meta/key",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/meta",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.delivery_receipts !== undefined){let data8 = data.delivery_receipts;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){if(!(validate59(data8[i0], {instancePath:instancePath+"/delivery_receipts/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);errors = vErrors.length;}}}else {const err24 = {instancePath:instancePath+"/delivery_receipts",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate58.errors = vErrors;return errors === 0;}validate58.evaluated = {"props":{"meta":true,"delivery_receipts":true},"dynamicProps":false,"dynamicItems":false};
function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate57.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);errors = vErrors.length;}validate57.errors = vErrors;return errors === 0;}validate57.evaluated = {"props":{"meta":true,"delivery_receipts":true},"dynamicProps":false,"dynamicItems":false};
export const v8 = validate63;
const schema97 = {"$ref":"spec#/$defs/ServiceDeliveryReceipt"};
function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate64.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.chat_service_sid === undefined){const err0 = {instancePath,keyword:"required",params:{missingProperty: "chat_service_sid"},message:"must have required property '"+"chat_service_sid"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.chat_service_sid !== undefined){let data0 = data.chat_service_sid;if(typeof data0 === "string"){if(func1(data0) > 34){const err1 = {instancePath:instancePath+"/chat_service_sid",keyword:"maxLength",params:{limit: 34},message:"must NOT have more than 34 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func1(data0) < 34){const err2 = {instancePath:instancePath+"/chat_service_sid",keyword:"minLength",params:{limit: 34},message:"must NOT have fewer than 34 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern27.test(data0)){const err3 = {instancePath:instancePath+"/chat_service_sid",keyword:"pattern",params:{pattern: "^IS[0-9a-fA-F]{32}$"},message:"must match pattern \""+"^IS[0-9a-fA-F]{32}$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/chat_service_sid",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate64.errors = vErrors;return errors === 0;}validate64.evaluated = {"props":{"chat_service_sid":true,"account_sid":true,"conversation_sid":true,"sid":true,"message_sid":true,"channel_message_sid":true,"participant_sid":true,"status":true,"error_code":true,"date_created":true,"date_updated":true,"url":true},"dynamicProps":false,"dynamicItems":false};
function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;
const evaluated0 = validate63.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}validate63.errors = vErrors;return errors === 0;}validate63.evaluated = {"props":{"chat_service_sid":true,"account_sid":true,"conversation_sid":true,"sid":true,"message_sid":true,"channel_message_sid":true,"participant_sid":true,"status":true,"error_code":true,"date_created":true,"date_updated":true,"url":true},"dynamicProps":false,"dynamicItems":false};

/** Each operation's documented answers: status (or default) → media type and body validator. */
export const responses = {
  "ListConversationMessage": {
    "200": {
      "media": "application/json",
      "validate": v0
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "CreateConversationMessage": {
    "201": {
      "media": "application/json",
      "validate": v2
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "FetchConversationMessage": {
    "200": {
      "media": "application/json",
      "validate": v2
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "UpdateConversationMessage": {
    "200": {
      "media": "application/json",
      "validate": v2
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "DeleteConversationMessage": {
    "204": {
      "media": null
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "ListConversationMessageReceipt": {
    "200": {
      "media": "application/json",
      "validate": v3
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "FetchConversationMessageReceipt": {
    "200": {
      "media": "application/json",
      "validate": v4
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "ListServiceConversationMessage": {
    "200": {
      "media": "application/json",
      "validate": v5
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "CreateServiceConversationMessage": {
    "201": {
      "media": "application/json",
      "validate": v6
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "FetchServiceConversationMessage": {
    "200": {
      "media": "application/json",
      "validate": v6
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "UpdateServiceConversationMessage": {
    "200": {
      "media": "application/json",
      "validate": v6
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "DeleteServiceConversationMessage": {
    "204": {
      "media": null
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "ListServiceConversationMessageReceipt": {
    "200": {
      "media": "application/json",
      "validate": v7
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  },
  "FetchServiceConversationMessageReceipt": {
    "200": {
      "media": "application/json",
      "validate": v8
    },
    "400": {
      "media": "application/json",
      "validate": v1
    },
    "401": {
      "media": "application/json",
      "validate": v1
    },
    "404": {
      "media": "application/json",
      "validate": v1
    },
    "429": {
      "media": "application/json",
      "validate": v1
    },
    "default": {
      "media": "application/json",
      "validate": v1
    }
  }
};

/** Links from an operation's answers to other operations (OpenAPI links). */
export const links = {
  "CreateConversationMessage": {
    "FetchCreatedMessage": {
      "operationId": "FetchConversationMessage",
      "parameters": {
        "ConversationSid": "$request.path.ConversationSid",
        "Sid": "$response.body#/sid"
      }
    },
    "UpdateCreatedMessage": {
      "operationId": "UpdateConversationMessage",
      "parameters": {
        "ConversationSid": "$request.path.ConversationSid",
        "Sid": "$response.body#/sid"
      }
    },
    "DeleteCreatedMessage": {
      "operationId": "DeleteConversationMessage",
      "parameters": {
        "ConversationSid": "$request.path.ConversationSid",
        "Sid": "$response.body#/sid"
      }
    }
  },
  "CreateServiceConversationMessage": {
    "FetchCreatedMessage": {
      "operationId": "FetchServiceConversationMessage",
      "parameters": {
        "ChatServiceSid": "$request.path.ChatServiceSid",
        "ConversationSid": "$request.path.ConversationSid",
        "Sid": "$response.body#/sid"
      }
    },
    "UpdateCreatedMessage": {
      "operationId": "UpdateServiceConversationMessage",
      "parameters": {
        "ChatServiceSid": "$request.path.ChatServiceSid",
        "ConversationSid": "$request.path.ConversationSid",
        "Sid": "$response.body#/sid"
      }
    },
    "DeleteCreatedMessage": {
      "operationId": "DeleteServiceConversationMessage",
      "parameters": {
        "ChatServiceSid": "$request.path.ChatServiceSid",
        "ConversationSid": "$request.path.ConversationSid",
        "Sid": "$response.body#/sid"
      }
    }
  }
} as const;

/** The spec's examples of each operation's parameters (`<in> <name>`) and request bodies. */
export const examples = {
  "ListConversationMessage": {
    "parameters": {
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "query Order": "desc",
      "query PageSize": 50,
      "query Page": 0,
      "query PageToken": "PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    },
    "bodies": {}
  },
  "CreateConversationMessage": {
    "parameters": {
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "header X-Twilio-Webhook-Enabled": "true"
    },
    "bodies": {
      "create": {
        "Author": "smee",
        "Body": "Ahoy there!"
      },
      "full": {
        "Author": "smee",
        "Body": "Ahoy there!",
        "DateCreated": "2015-12-16T22:18:37Z",
        "DateUpdated": "2015-12-16T22:18:38Z",
        "Attributes": "{ \"importance\": \"high\" }",
        "MediaSid": "MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "ContentSid": "HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "ContentVariables": "{ \"1\": \"Smee\" }",
        "Subject": "Ahoy"
      }
    }
  },
  "FetchConversationMessage": {
    "parameters": {
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path Sid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    },
    "bodies": {}
  },
  "UpdateConversationMessage": {
    "parameters": {
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path Sid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "header X-Twilio-Webhook-Enabled": "true"
    },
    "bodies": {
      "update": {
        "Author": "regretfulUser",
        "Body": "I take back what I said"
      }
    }
  },
  "DeleteConversationMessage": {
    "parameters": {
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path Sid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "header X-Twilio-Webhook-Enabled": "true"
    },
    "bodies": {}
  },
  "ListConversationMessageReceipt": {
    "parameters": {
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "query PageSize": 50,
      "query Page": 0,
      "query PageToken": "PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    },
    "bodies": {}
  },
  "FetchConversationMessageReceipt": {
    "parameters": {
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path Sid": "DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    },
    "bodies": {}
  },
  "ListServiceConversationMessage": {
    "parameters": {
      "path ChatServiceSid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "query Order": "desc",
      "query PageSize": 50,
      "query Page": 0,
      "query PageToken": "PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    },
    "bodies": {}
  },
  "CreateServiceConversationMessage": {
    "parameters": {
      "path ChatServiceSid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "header X-Twilio-Webhook-Enabled": "true"
    },
    "bodies": {
      "create": {
        "Author": "smee",
        "Body": "Ahoy there!"
      },
      "full": {
        "Author": "smee",
        "Body": "Ahoy there!",
        "DateCreated": "2015-12-16T22:18:37Z",
        "DateUpdated": "2015-12-16T22:18:38Z",
        "Attributes": "{ \"importance\": \"high\" }",
        "MediaSid": "MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "ContentSid": "HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "ContentVariables": "{ \"1\": \"Smee\" }",
        "Subject": "Ahoy"
      }
    }
  },
  "FetchServiceConversationMessage": {
    "parameters": {
      "path ChatServiceSid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path Sid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    },
    "bodies": {}
  },
  "UpdateServiceConversationMessage": {
    "parameters": {
      "path ChatServiceSid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path Sid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "header X-Twilio-Webhook-Enabled": "true"
    },
    "bodies": {
      "update": {
        "Author": "regretfulUser",
        "Body": "I take back what I said"
      }
    }
  },
  "DeleteServiceConversationMessage": {
    "parameters": {
      "path ChatServiceSid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path Sid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "header X-Twilio-Webhook-Enabled": "true"
    },
    "bodies": {}
  },
  "ListServiceConversationMessageReceipt": {
    "parameters": {
      "path ChatServiceSid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "query PageSize": 50,
      "query Page": 0,
      "query PageToken": "PAIMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    },
    "bodies": {}
  },
  "FetchServiceConversationMessageReceipt": {
    "parameters": {
      "path ChatServiceSid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path ConversationSid": "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path MessageSid": "IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "path Sid": "DYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    },
    "bodies": {}
  }
} as const;

/** Parameters a checker sends with these values, so that its requests have no side effects. */
export const safeValues = {
  "header X-Twilio-Webhook-Enabled": "false"
} as const;

/** The field of each schema that holds the resource's own URL. */
export const selfLinks = {
  "Message": "url",
  "DeliveryReceipt": "url"
} as const;

/** Twilio's error body for each status the spec gives an example of (code, message, more_info). */
export const errorBodies = {
  "400": {
    "code": 20001,
    "message": "Invalid parameter",
    "more_info": "https://www.twilio.com/docs/errors/20001"
  },
  "401": {
    "code": 20003,
    "message": "Authenticate",
    "more_info": "https://www.twilio.com/docs/errors/20003"
  },
  "404": {
    "code": 20404,
    "message": "The requested resource /v1/Conversations/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/IMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404"
  },
  "405": {
    "code": 20004,
    "message": "Method not allowed",
    "more_info": "https://www.twilio.com/docs/errors/20004"
  },
  "429": {
    "code": 20429,
    "message": "Too Many Requests",
    "more_info": "https://www.twilio.com/docs/errors/20429"
  },
  "500": {
    "code": 20500,
    "message": "Internal Server Error",
    "more_info": "https://www.twilio.com/docs/errors/20500"
  },
  "503": {
    "code": 20503,
    "message": "Service Unavailable",
    "more_info": "https://www.twilio.com/docs/errors/20503"
  }
} as const;
