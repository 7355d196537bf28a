using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: "never 500 for bad input, never half a record saved, every error a ProblemDetails with a code" has to hold for
// every field of every endpoint, including those of modules not written yet. Every operation of the document gets
// bad bodies, bad fields, bad query parameters and bad route values — sent by a secretary so that they reach model
// binding and the services — and the database is counted around each one to see that a refusal wrote nothing. Each
// refusal's (status, code) must be one the operation's document lists, so generated clients can rely on the enums.

public sealed partial class AttackSuite
{
    [Fact]
    [AttackPart(4)]
    public async Task Bad_input_gets_a_problem_with_a_code_never_a_server_error_and_writes_nothing()
    {
        var clock = Stopwatch.StartNew();
        var findings = new List<string>();
        var accepted = new List<string>();
        var secretary = fixture.Fuzzer.Client();
        var admin = fixture.Admin.Client(AttackFixture.A);
        var reader = fixture.SecretaryOfA.Client();
        var before = await fixture.Rows.SnapshotAsync();
        var sent = 0;
        var statuses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        // Every operation can at least fail with the database away (503): a document whose codes were not read would pass everything.
        fixture.Api.Operations.ShouldAllBe(o => o.Documents(503, "Server.Unavailable"));

        try
        {
            foreach (var operation in fixture.Api.Operations)
            {
                var cases = Cases(operation).ToList();
                if (cases.Count == 0) continue;
                var target = await RefreshAsync(reader, operation, Base(operation));
                // Authorization comes before binding: an operation the secretary may not call at all is fuzzed by the city administrator.
                var client = secretary;
                var probe = await SendAsync(client, operation, cases[0], target);
                if (probe.Status == 403 && probe.Code == "Permission.Denied") client = admin;

                var counts = await fixture.Rows.SnapshotAsync();
                foreach (var fuzz in cases)
                {
                    var attempt = await SendAsync(client, operation, fuzz, target);
                    sent++;
                    if (!statuses.TryGetValue(operation.Name, out var seen)) statuses[operation.Name] = seen = [];
                    seen.Add($"{attempt.Status}{(attempt.Code is { } code ? " " + code : "")}");
                    if (Malformed(attempt) is { } wrong)
                        findings.Add($"{operation.Name} with {fuzz.Label}: {wrong}; sent {Shorten(attempt.Url)} {Shorten(attempt.Body ?? "")}");
                    else if (attempt.Status >= 400 && attempt.Code is { } answered && !operation.Documents(attempt.Status, answered))
                        findings.Add($"{operation.Name} with {fuzz.Label}: answered {attempt.Status} {answered}, which its OpenAPI document does not list");
                    if (attempt.Succeeded) accepted.Add($"{operation.Name} with {fuzz.Label}: {attempt.Status}");
                    if (operation.IsGet) continue;

                    // Each write is counted on its own: a refusal must leave every table as it was.
                    if (attempt.Succeeded) await fixture.Rows.DrainOutboxesAsync();
                    var after = await fixture.Rows.SnapshotAsync();
                    var changed = RowCounts.Changed(counts, after).ToList();
                    if (!attempt.Succeeded && changed.Count > 0)
                        findings.Add($"{operation.Name} with {fuzz.Label}: refused with {attempt.Status} {attempt.Code} but wrote rows ({string.Join(", ", changed)}); sent {Shorten(attempt.Url)} {Shorten(attempt.Body ?? "")}");
                    counts = after;
                    if (attempt.Succeeded && !operation.Path.EndsWith('}') && attempt.Json() is JsonObject made)
                        fixture.IdsOfA.Add(operation.Path, made); // a record made here gives the operations on it a real one of A's
                    if (attempt.Succeeded) target = await RefreshAsync(reader, operation, target);
                }

                if (operation.IsGet && RowCounts.Changed(counts, await fixture.Rows.SnapshotAsync()).ToList() is { Count: > 0 } read)
                    findings.Add($"{operation.Name}: reading with bad parameters wrote rows ({string.Join(", ", read)})");
            }
        }
        finally
        {
            await fixture.EnableAllModulesAsync(AttackFixture.A, AttackFixture.B);
        }

        output.WriteLine($"fuzz: {sent} requests, {clock.Elapsed.TotalSeconds:F1} s; rows written during the fuzz: {string.Join(", ", RowCounts.Changed(before, await fixture.Rows.SnapshotAsync()))}");
        foreach (var (name, seen) in statuses) output.WriteLine($"{name}: {string.Join(", ", seen)}");
        foreach (var line in accepted) output.WriteLine("accepted (not a failure): " + line);
        var distinct = findings.Distinct().ToList();
        distinct.Count.ShouldBe(0, $"{distinct.Count} answers to bad input:\n" + string.Join("\n", distinct));
    }

    /// <summary>The fuzz's count of rows can fail: an accepted write shows in its table's count, and bookkeeping does not.</summary>
    [Fact]
    [AttackPart(3)]
    public async Task The_row_count_sees_a_write()
    {
        var before = await fixture.Rows.SnapshotAsync();

        await fixture.Fuzzer.Client().PostOkAsync("/api/residents/buildings", new { number = "c" + Guid.NewGuid().ToString("N")[..8], units = 1, floors = 1 });

        var changed = RowCounts.Changed(before, await fixture.Rows.SnapshotAsync()).ToList();
        changed.ShouldContain(c => c.StartsWith("Residents_Buildings ", StringComparison.Ordinal));
        changed.ShouldNotContain(c => c.StartsWith(CommunityPlatform.Data.Kernel.AuditEntry.Table + " ", StringComparison.Ordinal));
        before.Keys.ShouldContain("Identity_Accounts");
    }

    /// <summary>Why an answer to bad input is wrong, or null: a server error, a redirect, or a 4xx that is not a ProblemDetails with a code.</summary>
    private static string? Malformed(Attempt attempt) => attempt.Status switch
    {
        >= 500 => $"{attempt.Status} {attempt.Code} {attempt.Short(200)}",
        >= 300 and < 400 => $"{attempt.Status}: the API never redirects",
        >= 400 when attempt.MediaType != "application/problem+json" => $"{attempt.Status} as {attempt.MediaType ?? "no content type"}, not application/problem+json: {attempt.Short(120)}",
        >= 400 when attempt.Code is null => $"{attempt.Status} without a code: {attempt.Short(120)}",
        _ => null,
    };

    /// <summary>Bad whole bodies, a bad value in each place of the body, in each query parameter and in each route value.</summary>
    private static IEnumerable<FuzzCase> Cases(ApiOperation operation)
    {
        if (operation.HasJsonBody)
        {
            foreach (var body in FuzzPayloads.Bodies("{}"))
                yield return new FuzzCase(body.Label, (b, _) => (b.Url, body.Raw));
            foreach (var slot in FuzzPayloads.Slots(operation.Body!))
            foreach (var payload in FuzzPayloads.ForField(slot.Schema).Where(p => !(slot.IsItem && p.Label == "null")))
                yield return new FuzzCase($"{payload.Label} in {slot.Label}", (b, bodies) => (b.Url, FuzzPayloads.Apply(b.Body ?? new JsonObject(), slot, payload, bodies)));
        }

        foreach (var parameter in operation.QueryParameters)
        foreach (var payload in FuzzPayloads.ForQuery(parameter.Schema))
            yield return new FuzzCase($"{payload.Label} in ?{parameter.Name}", (b, _) => ($"{b.Url}?{parameter.Name}={Encoding.UTF8.GetString(payload.Raw)}", b.Bytes));

        foreach (var parameter in operation.PathParameters)
        foreach (var (label, value) in FuzzPayloads.ForRoute(parameter.Schema))
            yield return new FuzzCase($"{label} for {{{parameter.Name}}}", (b, _) =>
                (IdPool.Fill(operation.Path, p => p == parameter.Name ? value : b.Path[p])!, b.Bytes));
    }

    /// <summary>The valid request the cases spoil: A's own records in the path, a valid-looking body for the record named.</summary>
    private Target Base(ApiOperation operation, JsonObject? record = null)
    {
        var pool = fixture.IdsOfA;
        var path = new Dictionary<string, string>();
        foreach (var parameter in operation.PathParameters)
            path[parameter.Name] = parameter.Name == "community" ? AttackFixture.A
                : pool.PathCandidates(operation, parameter.Name).FirstOrDefault() ?? (parameter.Schema.IsUuid ? Guid.CreateVersion7().ToString() : "x");
        record ??= path.Values.Reverse().Select(pool.Record).FirstOrDefault(r => r is not null);
        var bodies = new RequestBodies(pool, operation.Path, record);
        var body = operation.HasJsonBody ? bodies.Body(operation.Body!) : null;
        return new Target(IdPool.Fill(operation.Path, p => path[p])!, path, body, bodies, record);
    }

    /// <summary>
    /// After a write went through, the valid request is built again — fresh codes and user names, so that the next
    /// cases are not refused as duplicates — and the record it changed is read again for its fresh concurrency stamp,
    /// so that they are not refused as stale. Only the stamp is taken: the fields stay the valid ones of the first read.
    /// </summary>
    private async Task<Target> RefreshAsync(HttpClient reader, ApiOperation operation, Target target)
    {
        var end = operation.Path.LastIndexOf('}');
        if (end < 0 || target.Record is null || !fixture.Api.Operations.Any(o => o.IsGet && o.Path == operation.Path[..(end + 1)])) return Base(operation, target.Record);
        var read = await Attempt.SendAsync(reader, "GET", IdPool.Fill(operation.Path[..(end + 1)], p => target.Path[p])!);
        if (!read.Succeeded || read.Json()?["concurrencyStamp"] is not JsonValue stamp) return Base(operation, target.Record);
        var record = (JsonObject)target.Record.DeepClone();
        record["concurrencyStamp"] = stamp.DeepClone();
        return Base(operation, record);
    }

    private static async Task<Attempt> SendAsync(HttpClient client, ApiOperation operation, FuzzCase fuzz, Target target)
    {
        var (url, body) = fuzz.Build(target, target.Bodies);
        return await Attempt.SendAsync(client, operation.Method, url, body, operation.HasJsonBody ? "application/json" : operation.BodyMediaType ?? "application/json");
    }

    private sealed record Target(string Url, IReadOnlyDictionary<string, string> Path, JsonNode? Body, RequestBodies Bodies, JsonObject? Record)
    {
        public byte[]? Bytes => Body is null ? null : Encoding.UTF8.GetBytes(Body.ToJsonString());
    }

    private sealed record FuzzCase(string Label, Func<Target, RequestBodies, (string Url, byte[]? Body)> Build);
}
