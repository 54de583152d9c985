// GENERATED FILE - DO NOT EDIT. Request validators compiled from the spec's schemas by Ajv (standalone code).
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

export const v0 = validate10;
const schema11 = {"type":"string"};
function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate10.errors = vErrors;return errors === 0;}export const v1 = validate11;
const schema12 = {"type":"string","enum":["asc","desc"],"default":"asc"};
function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!((data === "asc") || (data === "desc"))){const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema12.enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate11.errors = vErrors;return errors === 0;}export const v2 = validate12;
const schema13 = {"type":"integer","minimum":1,"maximum":1000,"default":50};
function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){const err0 = {instancePath,keyword:"type",params:{type: "integer"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if((typeof data == "number") && (isFinite(data))){if(data > 1000 || isNaN(data)){const err1 = {instancePath,keyword:"maximum",params:{comparison: "<=", limit: 1000}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data < 1 || isNaN(data)){const err2 = {instancePath,keyword:"minimum",params:{comparison: ">=", limit: 1}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}validate12.errors = vErrors;return errors === 0;}export const v3 = validate13;
const schema14 = {"type":"integer","minimum":0};
function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){const err0 = {instancePath,keyword:"type",params:{type: "integer"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err1 = {instancePath,keyword:"minimum",params:{comparison: ">=", limit: 0}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}validate13.errors = vErrors;return errors === 0;}export const v4 = validate14;
const schema15 = {"type":"string","enum":["true","false"]};
function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!((data === "true") || (data === "false"))){const err1 = {instancePath,keyword:"enum",params:{allowedValues: schema15.enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate14.errors = vErrors;return errors === 0;}export const v5 = validate15;
const schema16 = {"type":"object","additionalProperties":false,"x-advisory-keywords":["additionalProperties"],"properties":{"Author":{"default":"system","type":"string"},"Body":{"type":"string","x-max-bytes":32768},"DateCreated":{"type":"string","format":"date-time"},"DateUpdated":{"type":"string","format":"date-time"},"Attributes":{"default":"{}","type":"string","x-max-bytes":4096,"contentMediaType":"application/json"},"MediaSid":{"type":"string","pattern":"^ME[0-9a-fA-F]{32}$","minLength":34,"maxLength":34},"ContentSid":{"type":"string","pattern":"^HX[0-9a-fA-F]{32}$","minLength":34,"maxLength":34},"ContentVariables":{"type":"string","contentMediaType":"application/json"},"Subject":{"type":"string","maxLength":256}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = utf8Length;
const func4 = holdsJson;
const func6 = ucs2length;
const formats0 = FORMATS["date-time"];
const pattern0 = new RegExp("^ME[0-9a-fA-F]{32}$", "u");
const pattern1 = new RegExp("^HX[0-9a-fA-F]{32}$", "u");
function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema16.properties, key0))){const err0 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.Author !== undefined){if(typeof data.Author !== "string"){const err1 = {instancePath:instancePath+"/Author",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.Body !== undefined){let data1 = data.Body;if(typeof data1 === "string"){if(func3(data1) > 32768){const err2 = {instancePath:instancePath+"/Body",keyword:"x-max-bytes",params:{limit: 32768}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/Body",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.DateCreated !== undefined){let data2 = data.DateCreated;if(typeof data2 === "string"){if(!(formats0(data2))){const err4 = {instancePath:instancePath+"/DateCreated",keyword:"format",params:{format: "date-time"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/DateCreated",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.DateUpdated !== undefined){let data3 = data.DateUpdated;if(typeof data3 === "string"){if(!(formats0(data3))){const err6 = {instancePath:instancePath+"/DateUpdated",keyword:"format",params:{format: "date-time"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/DateUpdated",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.Attributes !== undefined){let data4 = data.Attributes;if(typeof data4 === "string"){if(!func4(data4)){const err8 = {instancePath:instancePath+"/Attributes",keyword:"contentMediaType",params:{}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(func3(data4) > 4096){const err9 = {instancePath:instancePath+"/Attributes",keyword:"x-max-bytes",params:{limit: 4096}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/Attributes",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.MediaSid !== undefined){let data5 = data.MediaSid;if(typeof data5 === "string"){if(func6(data5) > 34){const err11 = {instancePath:instancePath+"/MediaSid",keyword:"maxLength",params:{limit: 34}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(func6(data5) < 34){const err12 = {instancePath:instancePath+"/MediaSid",keyword:"minLength",params:{limit: 34}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!pattern0.test(data5)){const err13 = {instancePath:instancePath+"/MediaSid",keyword:"pattern",params:{pattern: "^ME[0-9a-fA-F]{32}$"}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/MediaSid",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.ContentSid !== undefined){let data6 = data.ContentSid;if(typeof data6 === "string"){if(func6(data6) > 34){const err15 = {instancePath:instancePath+"/ContentSid",keyword:"maxLength",params:{limit: 34}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(func6(data6) < 34){const err16 = {instancePath:instancePath+"/ContentSid",keyword:"minLength",params:{limit: 34}};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!pattern1.test(data6)){const err17 = {instancePath:instancePath+"/ContentSid",keyword:"pattern",params:{pattern: "^HX[0-9a-fA-F]{32}$"}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/ContentSid",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.ContentVariables !== undefined){let data7 = data.ContentVariables;if(typeof data7 === "string"){if(!func4(data7)){const err19 = {instancePath:instancePath+"/ContentVariables",keyword:"contentMediaType",params:{}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/ContentVariables",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.Subject !== undefined){let data8 = data.Subject;if(typeof data8 === "string"){if(func6(data8) > 256){const err21 = {instancePath:instancePath+"/Subject",keyword:"maxLength",params:{limit: 256}};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/Subject",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath,keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate15.errors = vErrors;return errors === 0;}export const v6 = validate16;
const schema17 = {"type":"string","pattern":"^IM[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const pattern2 = new RegExp("^IM[0-9a-fA-F]{32}$", "u");
function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(func6(data) > 34){const err0 = {instancePath,keyword:"maxLength",params:{limit: 34}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(func6(data) < 34){const err1 = {instancePath,keyword:"minLength",params:{limit: 34}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern2.test(data)){const err2 = {instancePath,keyword:"pattern",params:{pattern: "^IM[0-9a-fA-F]{32}$"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath,keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate16.errors = vErrors;return errors === 0;}export const v7 = validate17;
const schema18 = {"type":"object","additionalProperties":false,"x-advisory-keywords":["additionalProperties"],"properties":{"Author":{"type":"string"},"Body":{"type":"string","x-max-bytes":32768},"DateCreated":{"type":"string","format":"date-time"},"DateUpdated":{"type":"string","format":"date-time"},"Attributes":{"type":"string","x-max-bytes":4096,"contentMediaType":"application/json"},"Subject":{"type":"string","maxLength":256}}};
function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "Author") || (key0 === "Body")) || (key0 === "DateCreated")) || (key0 === "DateUpdated")) || (key0 === "Attributes")) || (key0 === "Subject"))){const err0 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.Author !== undefined){if(typeof data.Author !== "string"){const err1 = {instancePath:instancePath+"/Author",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.Body !== undefined){let data1 = data.Body;if(typeof data1 === "string"){if(func3(data1) > 32768){const err2 = {instancePath:instancePath+"/Body",keyword:"x-max-bytes",params:{limit: 32768}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/Body",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.DateCreated !== undefined){let data2 = data.DateCreated;if(typeof data2 === "string"){if(!(formats0(data2))){const err4 = {instancePath:instancePath+"/DateCreated",keyword:"format",params:{format: "date-time"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/DateCreated",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.DateUpdated !== undefined){let data3 = data.DateUpdated;if(typeof data3 === "string"){if(!(formats0(data3))){const err6 = {instancePath:instancePath+"/DateUpdated",keyword:"format",params:{format: "date-time"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/DateUpdated",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.Attributes !== undefined){let data4 = data.Attributes;if(typeof data4 === "string"){if(!func4(data4)){const err8 = {instancePath:instancePath+"/Attributes",keyword:"contentMediaType",params:{}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(func3(data4) > 4096){const err9 = {instancePath:instancePath+"/Attributes",keyword:"x-max-bytes",params:{limit: 4096}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/Attributes",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.Subject !== undefined){let data5 = data.Subject;if(typeof data5 === "string"){if(func6(data5) > 256){const err11 = {instancePath:instancePath+"/Subject",keyword:"maxLength",params:{limit: 256}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/Subject",keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,keyword:"type",params:{type: "object"}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate17.errors = vErrors;return errors === 0;}export const v8 = validate18;
const schema19 = {"type":"string","pattern":"^IS[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const pattern3 = new RegExp("^IS[0-9a-fA-F]{32}$", "u");
function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(func6(data) > 34){const err0 = {instancePath,keyword:"maxLength",params:{limit: 34}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(func6(data) < 34){const err1 = {instancePath,keyword:"minLength",params:{limit: 34}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern3.test(data)){const err2 = {instancePath,keyword:"pattern",params:{pattern: "^IS[0-9a-fA-F]{32}$"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath,keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate18.errors = vErrors;return errors === 0;}export const v9 = validate19;
const schema20 = {"type":"string","pattern":"^AC[0-9a-fA-F]{32}$","minLength":34,"maxLength":34};
const pattern4 = new RegExp("^AC[0-9a-fA-F]{32}$", "u");
function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(func6(data) > 34){const err0 = {instancePath,keyword:"maxLength",params:{limit: 34}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(func6(data) < 34){const err1 = {instancePath,keyword:"minLength",params:{limit: 34}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!pattern4.test(data)){const err2 = {instancePath,keyword:"pattern",params:{pattern: "^AC[0-9a-fA-F]{32}$"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath,keyword:"type",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate19.errors = vErrors;return errors === 0;}

/** Validators of parameters, by `<in> <name>`. */
export const parameterValidators = {
  "path ConversationSid": v0,
  "query Order": v1,
  "query PageSize": v2,
  "query Page": v3,
  "query PageToken": v0,
  "header X-Twilio-Webhook-Enabled": v4,
  "path Sid": v6,
  "path ChatServiceSid": v8,
};

/** Validators of request bodies, by operationId. */
export const bodyValidators = {
  "CreateConversationMessage": v5,
  "UpdateConversationMessage": v7,
  "CreateServiceConversationMessage": v5,
  "UpdateServiceConversationMessage": v7,
};

/** Validators of component schemas, by name. */
export const schemaValidators = {
  "AccountSid": v9,
};
