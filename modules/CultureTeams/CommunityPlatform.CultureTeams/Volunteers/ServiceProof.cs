using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>记录证明: what a volunteer's confirmed service over a period came to, numbered per community and year, kept as issued.</summary>
public sealed class ServiceProof : CommunityAggregate
{
    private ServiceProof()
    {
    }

    public ServiceProof(string number, Guid volunteerId, DateOnly from, DateOnly to, int minutes, int records, string content, string issuer, DateOnly issuedOn) =>
        (Number, VolunteerId, From, To, Minutes, Records, Content, Issuer, IssuedOn) = (number, volunteerId, from, to, minutes, records, content, issuer, issuedOn);

    public string Number { get; private set; } = "";
    public Guid VolunteerId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public int Minutes { get; private set; }
    public int Records { get; private set; }
    public string Content { get; private set; } = "";
    public string Issuer { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
}
