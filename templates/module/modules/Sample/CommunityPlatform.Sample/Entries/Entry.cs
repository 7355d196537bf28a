using CommunityPlatform.Domain;

namespace CommunityPlatform.Sample.Entries;

/// <summary>One entry of the community's ledger. The kernel stamps its community, who and when, and its concurrency stamp.</summary>
public sealed class Entry : CommunityAggregate
{
    private Entry()
    {
    }

    public Entry(string title, string? note)
    {
        Title = title;
        Note = note;
    }

    public string Title { get; private set; } = "";
    public string? Note { get; private set; }

    public void Change(string title, string? note)
    {
        Title = title;
        Note = note;
    }
}
