using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: the attack suite's parts leave traces a hole let them make (a grant, an audit entry naming the account they
// reached). Run in a fixed order — the sweep's reads first, escalation last — each part judges the product, not what
// an earlier part did to it. The parts are one class in several files: CrossCommunitySweep.cs, Fuzz.cs, Escalation.cs.
// Run them alone with: dotnet test tests/CommunityPlatform.Integration.Tests -c Release --filter Category=Attack
// (the test output lists every operation's answers, what was sent, and what was accepted).

/// <summary>The OpenAPI-driven attack suite: sweep across communities, fuzz, escalation.</summary>
[Collection(AttackCollection.Name)]
[Trait("Category", "Attack")]
[TestCaseOrderer("CommunityPlatform.Integration.Tests.Attack.AttackPartOrderer", "CommunityPlatform.Integration.Tests")]
public sealed partial class AttackSuite(AttackFixture fixture, ITestOutputHelper output)
{
    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    internal static partial Regex Guids();
}

/// <summary>Where a test of the attack suite runs among the others (lower first).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AttackPartAttribute(int part) : Attribute
{
    public int Part { get; } = part;
}

/// <summary>Runs the attack suite's tests in the order of their <see cref="AttackPartAttribute"/>.</summary>
public sealed class AttackPartOrderer : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.GetCustomAttributes(typeof(AttackPartAttribute).AssemblyQualifiedName).FirstOrDefault()?.GetConstructorArguments().First() as int? ?? int.MaxValue);
}
