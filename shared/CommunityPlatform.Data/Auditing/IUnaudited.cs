namespace CommunityPlatform.Data.Auditing;

/// <summary>
/// A row that is the platform's own bookkeeping of a piece of work (an import's progress), not anyone's record: its
/// saves are not audit entries. What the work changed is audited as usual.
/// </summary>
public interface IUnaudited;
