namespace CommunityPlatform.Errors;

/// <summary>A failure the caller can act on. The web layer turns each kind into a ProblemDetails with its status.</summary>
public abstract class PlatformException(ErrorCode error, string? detail = null) : Exception(detail ?? error.EnglishMessage)
{
    public ErrorCode Error { get; } = error;
    public string? Detail { get; } = detail;
    public abstract int Status { get; }
}

/// <summary>Bad input (400), with the fields at fault.</summary>
public sealed class InvalidInputException(ErrorCode error, IReadOnlyDictionary<string, string[]> fields) : PlatformException(error)
{
    public InvalidInputException(ErrorCode error, string field, string message)
        : this(error, new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Fields { get; } = fields;
    public override int Status => 400;
}

/// <summary>The caller may not do this (403).</summary>
public sealed class ForbiddenException(ErrorCode error, string? detail = null) : PlatformException(error, detail)
{
    public override int Status => 403;
}

/// <summary>No such thing, or not in the caller's community (404).</summary>
public sealed class NotFoundException(ErrorCode error, string? detail = null) : PlatformException(error, detail)
{
    public override int Status => 404;
}

/// <summary>A stale concurrency stamp or a duplicate (409).</summary>
public sealed class ConflictException(ErrorCode error, string? detail = null) : PlatformException(error, detail)
{
    public override int Status => 409;
}

/// <summary>A business rule says no (422).</summary>
public sealed class BusinessRuleException(ErrorCode error, string? detail = null) : PlatformException(error, detail)
{
    public override int Status => 422;
}

/// <summary>Not signed in, or the credentials are wrong (401).</summary>
public sealed class UnauthorizedException(ErrorCode error, string? detail = null) : PlatformException(error, detail)
{
    public override int Status => 401;
}
