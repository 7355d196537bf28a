// What an outside team's client does with a client generated from /openapi/v1.json: sign in, list residents, create
// one, read why a request was refused (its `code`, typed as the union of the codes the document lists), read a Party
// report. Compiled with tsc --strict against the generated types, so a document that types the token as undefined,
// errors as unknown or a code as a bare string fails the build before the program runs.
// Run by tests/CommunityPlatform.Integration.Tests/ClientContractTests.cs: CP_API (the host), CP_USER, CP_PASSWORD,
// CP_NEW_ID_NUMBER (a valid ID number no resident has).
import createClient from "openapi-fetch";
import type { paths } from "../generated/api.js";

const baseUrl = need("CP_API");
const anonymous = createClient<paths>({ baseUrl });

// Sign in: the token's body is documented, so accessToken is a string here, not undefined.
const signIn = await anonymous.POST("/api/account/token", {
  body: { userName: need("CP_USER"), password: need("CP_PASSWORD") },
});
if (signIn.error) fail(`sign-in refused: ${signIn.error.code}`);
const token: string = signIn.data.accessToken;
const mustChange: boolean = signIn.data.mustChangePassword;
if (mustChange) fail("the demo secretary should not have to change the password");

const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

// List residents: camelCase query parameters and one paging scheme.
const people = await api.GET("/api/residents/people", { params: { query: { page: 1, pageSize: 5 } } });
if (people.error) fail(`list refused: ${people.error.code}`);
const total: number = people.data.total;
if (people.data.items.length === 0 || total < people.data.items.length) fail(`a page of ${people.data.items.length} of ${total}`);

// Create one.
const idNumber = need("CP_NEW_ID_NUMBER");
const created = await api.POST("/api/residents/people", { body: { name: "合同测试", idNumber } });
if (created.error) fail(`create refused: ${created.error.code} ${JSON.stringify(created.error.errors ?? {})}`);
const residentId: string = created.data.id;

// A refused request: the same ID number again. Its code is a union of the documented codes, so the switch below is
// checked by the compiler — a code the document does not list would not compile.
const refused = await api.POST("/api/residents/people", { body: { name: "合同测试", idNumber } });
if (!refused.error) fail("a second resident with the same ID number was accepted");
type CreateCode = NonNullable<typeof refused.error>["code"];
const isUnion: string extends CreateCode ? false : true = true; // fails to compile where `code` is a plain string
const code: CreateCode = refused.error.code;
switch (code) {
  case "Residents.IdNumberTaken":
  case "Request.Duplicate":
    break;
  default:
    fail(`unexpected refusal ${code} (${refused.response.status})`);
}

// A Party report: its scope is one of community | street | city.
const report = await api.GET("/api/party/reports/pledges", { params: { query: { scope: "community" } } });
if (report.error) fail(`report refused: ${report.error.code}`);
const scope: "community" | "street" | "city" = report.data.scope;

console.log(JSON.stringify({ total, residentId, refused: code, isUnion, scope, kept: report.data.overall }));

function need(name: string): string {
  const value = process.env[name];
  if (!value) fail(`${name} is not set`);
  return value;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
