using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: one community must never see or change another's records, whatever endpoint a module adds. Instead of a test
// per endpoint, this sends every operation of the OpenAPI document, aimed at community B's records, as every kind of
// account outside B, and fails on any success that shows or changes something of B's — listing them all at once.

public sealed partial class AttackSuite
{
    /// <summary>
    /// Operations anyone signed in may read whatever community they name. Keep this list short: every entry is an
    /// operation the sweep does not judge. (<c>/api/account/me</c>, <c>/api/identity/permissions</c> and
    /// <c>/api/platform/modules</c> need no entry: they carry none of B's ids.)
    /// </summary>
    private static readonly HashSet<string> ReadableByAnyone =
    [
        "GET /api/grid/public/signboards/{code}", // a grid's signboard is public by design (the QR code on the wall)
    ];

    [Fact]
    [AttackPart(2)]
    public async Task No_account_outside_community_B_reads_or_changes_its_data()
    {
        var clock = Stopwatch.StartNew();
        var findings = fixture.SeenByBoth
            .Select(id => $"id {id} is in the answers of both {AttackFixture.A}'s and {AttackFixture.B}'s own accounts: {fixture.IdsOfA.Origin(id)} and {fixture.IdsOfB.Origin(id)}")
            .ToList();

        // A's accounts act in their own community; A's secretary and the outside street account also name B outright.
        var attackers = fixture.Attackers.Select(a => Attacker.Of(a))
            .Concat([Attacker.Of(fixture.SecretaryOfA, AttackFixture.B), Attacker.Of(fixture.OutsideStreetAccount, AttackFixture.B)])
            .ToList();
        // Reads first, then writes, deletions last: a hole that deletes B's record must not hide the holes that read it.
        var phases = new[]
        {
            fixture.Api.Operations.Where(o => o.IsGet).ToList(),
            fixture.Api.Operations.Where(o => !o.IsGet && o.Method != "DELETE").ToList(),
            fixture.Api.Operations.Where(o => o.Method == "DELETE").ToList(),
        };
        try
        {
            findings.AddRange(await SweepAsync(attackers, phases, verbose: true));
        }
        finally
        {
            // A hole may have switched a module off in B or A; the other parts of the suite need them on.
            await fixture.EnableAllModulesAsync(AttackFixture.A, AttackFixture.B);
        }

        output.WriteLine($"sweep: {clock.Elapsed.TotalSeconds:F1} s");
        findings.Count.ShouldBe(0, $"{findings.Count} ways into {AttackFixture.B}'s data:\n" + string.Join("\n", findings));
    }

    /// <summary>The sweep's judge can fail: B's own secretary and the city administrator naming B read B's data through every area of the API.</summary>
    [Fact]
    [AttackPart(1)]
    public async Task The_sweep_sees_the_data_of_B_when_the_account_may_see_it()
    {
        var reads = fixture.Api.Operations.Where(o => o.IsGet).ToList();

        var findings = await SweepAsync([Attacker.Of(fixture.SecretaryOfB), Attacker.Of(fixture.Admin, AttackFixture.B)], [reads], verbose: false);

        var areas = reads.Where(o => o.IsCommunityScoped).Select(o => Area(o.Path)).Distinct().ToList();
        areas.Count.ShouldBeGreaterThan(2);
        foreach (var area in areas.Append("/api/platform").Append("/api/identity"))
            findings.ShouldContain(f => f.StartsWith("GET " + area + "/", StringComparison.Ordinal) && f.Contains("holds B's id"), $"no read of {area} was seen to hold B's ids");
        findings.ShouldContain(f => f.Contains(" as admin with X-Community: " + AttackFixture.B));
        findings.ShouldContain(f => f.Contains(" as " + AttackFixture.B + "-secretary:"));
    }

    /// <summary>Sends every operation of the phases, aimed at B, as every attacker, and says which answers showed or changed B's data.</summary>
    private async Task<List<string>> SweepAsync(IReadOnlyList<Attacker> attackers, IReadOnlyList<IReadOnlyList<ApiOperation>> phases, bool verbose)
    {
        var clock = Stopwatch.StartNew();
        var dataOfB = fixture.DataOfB();
        var findings = new List<string>();
        var errors = new List<string>();
        var answers = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var sample = new Dictionary<string, string>();
        var sent = 0;
        var reader = fixture.SecretaryOfA.Client();
        foreach (var phase in phases)
        foreach (var attacker in attackers)
        foreach (var operation in phase)
        foreach (var request in Requests(operation, dataOfB, mixed: attacker.Community is null && attacker.Actor.Kind == "community"))
        {
            var attempt = await Attempt.SendAsync(attacker.Client, operation.Method, request.Url, request.Body, operation.BodyMediaType ?? "application/json");
            sent++;
            if (!answers.TryGetValue(operation.Name, out var seen)) answers[operation.Name] = seen = [];
            seen.Add($"{attempt.Status}{(attempt.Code is { } code ? " " + code : "")}");
            if (attacker == attackers[0]) sample.TryAdd(request.Url, request.Body is null ? "" : Encoding.UTF8.GetString(request.Body));
            if (attempt.Status >= 500) errors.Add($"{operation.Name} as {attacker.Label}: {attempt.Status} {attempt.Short()}");
            if (!attempt.Succeeded || ReadableByAnyone.Contains(operation.Name)) continue;

            var reason = Leak(attempt, dataOfB, fixture.IdsOfB);
            if (reason is null && operation.IsGet && request.PathHoldsB)
            {
                // The answer names nothing of B's, but did the path find B's record? Ask again for an unknown one.
                var control = await Attempt.SendAsync(attacker.Client, "GET", request.Control);
                if (!control.Succeeded) reason = $"finds B's record ({attempt.Status}) where an unknown id gets {control.Status}";
            }

            // A street's own action over its own street (no community named, or one of its own) is the one write a street account makes.
            var ownStreetAction = operation.IsStreetAction && attacker.Actor.IsReadOnly && attacker.Community is null;
            if (reason is null && !operation.IsGet && !ownStreetAction && (request.Judge == Judge.Writes || attacker.Community is not null || attacker.Actor.IsReadOnly))
                reason = attacker.Actor.IsReadOnly ? "a read-only account wrote" : "changed B's data";
            if (!operation.IsGet && request.Refresh?.Split('|') is [var template, var record])
            {
                // A's record took the write: read it again, so that the next request on it carries its fresh stamp.
                var fresh = await Attempt.SendAsync(reader, "GET", record);
                if (fresh.Succeeded && fresh.Json() is { } json) fixture.IdsOfA.Add(template, json);
            }
            if (reason is not null && !operation.IsGet) await fixture.RevokeGrantsOfBAsync(AttackFixture.A);
            if (reason is not null)
                findings.Add($"{operation.Name} as {attacker.Label}: {attempt.Status} — {reason}; sent {Shorten(request.Url)}{(request.Body is null ? "" : " " + Shorten(Encoding.UTF8.GetString(request.Body)))}");
        }

        var unfilled = phases.SelectMany(p => p).SelectMany(o => o.PathParameters.Where(p => p.Schema.IsUuid && !fixture.IdsOfB.PathCandidates(o, p.Name).Any()).Select(p => $"{o.Name} {{{p.Name}}}")).Distinct().ToList();
        if (unfilled.Count > 0) output.WriteLine($"{AttackFixture.B} has no record for (an unknown id was sent): {string.Join("; ", unfilled)}");
        output.WriteLine($"{sent} requests by {attackers.Count} accounts over {phases.Sum(p => p.Count)} operations, {dataOfB.Count} ids of {AttackFixture.B}, {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var error in errors.Distinct()) output.WriteLine("server error (judged by the fuzz, not here): " + error);
        if (verbose)
        {
            foreach (var (name, statuses) in answers) output.WriteLine($"{name}: {string.Join(", ", statuses)}");
            foreach (var (url, body) in sample) output.WriteLine($"as {attackers[0].Label}: {Shorten(url)} {Shorten(body)}");
        }

        return findings.Distinct().ToList();
    }

    /// <summary>Why an answer shows B's data, or null: it holds one of B's ids, or a report's figures span more communities than the account has.</summary>
    private static string? Leak(Attempt attempt, IReadOnlySet<string> dataOfB, IdPool idsOfB)
    {
        foreach (Match match in Guids().Matches(attempt.Text))
            if (dataOfB.Contains(match.Value))
                return $"the answer holds B's id {match.Value}, seen by B at {idsOfB.Origin(match.Value)}";
        if (attempt.Json() is JsonObject report && report["scope"] is not null && report["communities"] is JsonValue count
            && count.TryGetValue<int>(out var communities) && communities > 1)
            return $"a report of scope {report["scope"]} sums {communities} communities for an account that has one";
        return null;
    }

    /// <summary>
    /// The requests one operation is attacked with: its path filled with B's ids (and B's code for {community}); a GET
    /// also with its id filters set to B's ids and with its enum filters at their widest value; a write with a
    /// valid-looking body naming B's records. For an account acting in its own community, also A's own records
    /// with one reference to B's slipped in — one path id, or one id field of the body, at a time.
    /// </summary>
    private IEnumerable<SweepRequest> Requests(ApiOperation operation, IReadOnlySet<string> dataOfB, bool mixed)
    {
        var b = Fill(fixture.IdsOfB, operation, AttackFixture.B);
        var url = IdPool.Fill(operation.Path, p => b[p])!;
        var pathHoldsB = b.Values.Any(v => v is not null && dataOfB.Contains(v));
        var control = IdPool.Fill(operation.Path, p => dataOfB.Contains(b[p]!) ? Guid.CreateVersion7().ToString() : b[p])!;
        var namesB = pathHoldsB || b.ContainsKey("community");

        if (operation.IsGet)
        {
            yield return new SweepRequest(url, null, Judge.Writes, pathHoldsB, control);
            var filters = operation.QueryParameters.Where(q => q.Schema.IsUuid)
                .Select(q => (q.Name, Value: fixture.IdsOfB.ForProperty(operation.Path, char.ToLowerInvariant(q.Name[0]) + q.Name[1..])))
                .Where(q => q.Value is not null).ToList();
            if (filters.Count > 0)
                yield return new SweepRequest(url + "?" + string.Join("&", filters.Select(f => $"{f.Name}={f.Value}")), null, Judge.Writes, pathHoldsB, control);
            var widest = operation.QueryParameters.Where(q => q.Schema.IsEnum).Select(q => $"{q.Name}={q.Schema.Enum[^1]}").ToList();
            if (widest.Count > 0)
                yield return new SweepRequest(url + "?" + string.Join("&", widest), null, Judge.Writes, pathHoldsB, control);
        }
        else
        {
            var body = Body(fixture.IdsOfB, operation, b);
            namesB |= body is not null && Guids().Matches(body.ToJsonString()).Any(m => dataOfB.Contains(m.Value));
            yield return new SweepRequest(url, Bytes(body), namesB ? Judge.Writes : Judge.Echo, pathHoldsB, control);
        }

        if (!mixed) yield break;

        // One of B's ids in a path that otherwise names A's records: /grids/{A's grid}/staff/{B's staff}.
        var guids = operation.PathParameters.Where(p => p.Schema.IsUuid).Select(p => p.Name).ToList();
        if (guids.Count >= 2)
        {
            foreach (var slipped in guids.Where(p => dataOfB.Contains(b[p]!)))
            {
                var a = Fill(fixture.IdsOfA, operation, AttackFixture.A);
                if (a.Values.Any(v => v is null)) break;
                a[slipped] = b[slipped];
                var mixedUrl = IdPool.Fill(operation.Path, p => a[p])!;
                // Acting on B's record (the last id) is a write into B; naming B's parent of A's record is judged by the answer.
                var judge = slipped == guids[^1] ? Judge.Writes : Judge.Echo;
                yield return new SweepRequest(mixedUrl, Bytes(Body(fixture.IdsOfA, operation, a)), judge, true,
                    IdPool.Fill(operation.Path, p => p == slipped ? Guid.CreateVersion7().ToString() : a[p])!, Refresh(operation, a));
            }
        }

        // One of B's ids in a body that otherwise names A's records: a visit to A's grid of B's household.
        if (!operation.HasJsonBody) yield break;
        var own = Fill(fixture.IdsOfA, operation, AttackFixture.A);
        if (own.Values.Any(v => v is null)) yield break;
        var ownUrl = IdPool.Fill(operation.Path, p => own[p])!;
        var slots = IdSlots(Body(fixture.IdsOfA, operation, own)).ToList();
        foreach (var (parent, name, property) in slots)
        {
            if (fixture.IdsOfB.ForProperty(operation.Path, property) is not { } theirs || !dataOfB.Contains(theirs)) continue;
            // Built again for each slot, so that a record changed by an earlier hole gives its fresh concurrency stamp.
            var body = Body(fixture.IdsOfA, operation, own)!;
            var at = Locate(body, parent);
            if (at is null) continue;
            at[name] = at[name] is JsonArray ? new JsonArray(theirs) : theirs;
            yield return new SweepRequest(ownUrl, Bytes(body), Judge.Echo, false, ownUrl, Refresh(operation, own));
        }
    }

    /// <summary>Path values from a community's ids; null where it has none (a guid parameter of B's gets an unknown id).</summary>
    private static Dictionary<string, string?> Fill(IdPool pool, ApiOperation operation, string community)
    {
        var values = new Dictionary<string, string?>();
        foreach (var parameter in operation.PathParameters)
            values[parameter.Name] = parameter.Name == "community" ? community : pool.PathCandidates(operation, parameter.Name).FirstOrDefault();
        if (community == AttackFixture.B)
            foreach (var parameter in operation.PathParameters.Where(p => values[p.Name] is null))
                values[parameter.Name] = parameter.Schema.IsUuid ? Guid.CreateVersion7().ToString() : "x";
        return values;
    }

    private static JsonNode? Body(IdPool pool, ApiOperation operation, Dictionary<string, string?> path)
    {
        if (!operation.HasJsonBody) return null;
        var target = path.Values.Reverse().Select(v => v is null ? null : pool.Record(v)).FirstOrDefault(r => r is not null);
        return new RequestBodies(pool, operation.Path, target).Body(operation.Body!);
    }

    private static byte[]? Bytes(JsonNode? body) => body is null ? null : Encoding.UTF8.GetBytes(body.ToJsonString());

    /// <summary>The GET of the record a write acted on, to read its fresh concurrency stamp after an accepted write.</summary>
    private string? Refresh(ApiOperation operation, Dictionary<string, string?> values)
    {
        var end = operation.Path.LastIndexOf('}');
        if (end < 0) return null;
        var record = operation.Path[..(end + 1)];
        return fixture.Api.Operations.Any(o => o.IsGet && o.Path == record) ? record + "|" + IdPool.Fill(record, p => values[p]) : null;
    }

    /// <summary>Where a body holds ids: (path of the object, property, property as the pool knows it).</summary>
    private static IEnumerable<(string Parent, string Name, string Property)> IdSlots(JsonNode? node, string parent = "")
    {
        if (node is JsonObject obj)
            foreach (var (name, value) in obj)
            {
                if (value is JsonValue v && v.TryGetValue<string>(out var s) && Guid.TryParse(s, out _) && name.EndsWith("Id", StringComparison.Ordinal))
                    yield return (parent, name, name);
                else if (value is JsonArray ids && name.EndsWith("Ids", StringComparison.Ordinal))
                    yield return (parent, name, name);
                else if (value is JsonArray items && items.FirstOrDefault() is JsonObject)
                    foreach (var slot in IdSlots(items[0], $"{parent}/{name}/0")) yield return slot;
                else if (value is JsonObject)
                    foreach (var slot in IdSlots(value, $"{parent}/{name}")) yield return slot;
            }
    }

    private static JsonObject? Locate(JsonNode body, string parent)
    {
        JsonNode? at = body;
        foreach (var step in parent.Split('/', StringSplitOptions.RemoveEmptyEntries))
            at = int.TryParse(step, out var index) ? at?.AsArray()[index] : at?[step];
        return at as JsonObject;
    }

    private static string Area(string path) => string.Join('/', path.Split('/').Take(3));

    private sealed record Attacker(Actor Actor, string? Community, HttpClient Client, string Label)
    {
        public static Attacker Of(Actor actor, string? community = null) =>
            new(actor, community, actor.Client(community), community is null ? actor.Label : $"{actor.Label} with X-Community: {community}");
    }

    /// <summary>How a successful write is judged.</summary>
    private enum Judge
    {
        /// <summary>The request acts on B's records (path, header, or a body of B's ids): any success is a finding.</summary>
        Writes,

        /// <summary>The request acts on A's record with one reference to B's: a success is a finding when the answer holds B's id.</summary>
        Echo,
    }

    /// <param name="PathHoldsB">The path holds one of B's ids.</param>
    /// <param name="Control">The same path with B's ids replaced by unknown ones.</param>
    /// <param name="Refresh">"template|url" of the record to read again after an accepted write, or null.</param>
    private sealed record SweepRequest(string Url, byte[]? Body, Judge Judge, bool PathHoldsB, string Control, string? Refresh = null);
}
