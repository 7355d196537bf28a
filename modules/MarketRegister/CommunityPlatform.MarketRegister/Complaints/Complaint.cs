using CommunityPlatform.Application;
using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.MarketRegister.Complaints;

/// <summary>
/// A complaint (投诉): received → re-weighed where it applies → handled → answered → closed with the complainant's
/// satisfaction. One the market cannot settle, or about the street outside, is sent to the grid and closed when the
/// grid closes its event. The complainant is the staff's to know, never the vendor's.
/// </summary>
public sealed class Complaint : CommunityAggregate
{
    private List<ComplaintStep> steps = [];

    private Complaint()
    {
    }

    public Complaint(Guid marketId, Guid? stallId, Guid? vendorId, ComplaintKind kind, ComplaintChannel channel, string complainant, string? phone,
        string description, Guid? buildingId, DateTime receivedAt, DateTime now, string? by)
    {
        if (receivedAt > now.AddMinutes(5)) throw new BusinessRuleException(MarketErrors.ReceivedInFuture);
        (MarketId, StallId, VendorId, Kind, Channel) = (marketId, stallId, vendorId, kind, channel);
        ComplainantName = complainant.Trim();
        ComplainantPhone = phone?.Trim();
        Description = description.Trim();
        BuildingId = buildingId;
        ReceivedAt = receivedAt;
        Record(null, by, receivedAt, null);
    }

    public Guid MarketId { get; private set; }
    public Guid? StallId { get; private set; }
    public Guid? VendorId { get; private set; }
    public ComplaintKind Kind { get; private set; }
    public ComplaintChannel Channel { get; private set; }
    public string ComplainantName { get; private set; } = "";
    public string? ComplainantPhone { get; private set; }
    public string Description { get; private set; } = "";
    public Guid? BuildingId { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public ComplaintState State { get; private set; }
    public int? StatedGrams { get; private set; }
    public int? MeasuredGrams { get; private set; }
    public ComplaintHandling? Handling { get; private set; }
    public string? Answer { get; private set; }
    public ComplaintSatisfaction? Satisfaction { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The request the grid's event was opened for; its closing comes back under this id.</summary>
    public Guid? GridRequestId { get; private set; }

    public string? GridOutcome { get; private set; }

    public IReadOnlyList<ComplaintStep> Steps
    {
        get => steps;
        private set => steps = value.ToList();
    }

    /// <summary>The vendor was at fault: the handling was a refund, a warning or a card.</summary>
    public bool Upheld => Handling is ComplaintHandling.Refund or ComplaintHandling.Warning or ComplaintHandling.Card;

    public int? DeviationGrams => StatedGrams is { } s && MeasuredGrams is { } m ? m - s : null;

    public void Reweigh(int stated, int measured, string? by, DateTime now, string? note)
    {
        Allow(ComplaintState.Received);
        (StatedGrams, MeasuredGrams) = (stated, measured);
        Move(ComplaintAction.Reweigh, ComplaintState.Reweighed, by, now, note);
    }

    public void Handle(ComplaintHandling handling, string? by, DateTime now, string? note)
    {
        Allow(ComplaintState.Received, ComplaintState.Reweighed);
        Handling = handling;
        Move(ComplaintAction.Handle, ComplaintState.Handled, by, now, note);
    }

    public void AnswerWith(string answer, string? by, DateTime now)
    {
        Allow(ComplaintState.Handled);
        Answer = answer.Trim();
        Move(ComplaintAction.Answer, ComplaintState.Answered, by, now, answer);
    }

    public void Close(ComplaintSatisfaction satisfaction, string? by, DateTime now, string? note)
    {
        Allow(ComplaintState.Answered);
        Satisfaction = satisfaction;
        ClosedAt = now;
        Move(ComplaintAction.Close, ComplaintState.Closed, by, now, note);
    }

    /// <summary>To the grid: what the market cannot settle, or the street outside. Returns the request id to publish.</summary>
    public Guid SendToGrid(string? by, DateTime now, string? note)
    {
        Allow(ComplaintState.Received, ComplaintState.Reweighed, ComplaintState.Handled);
        GridRequestId = Guid.CreateVersion7();
        Move(ComplaintAction.SendToGrid, ComplaintState.SentToGrid, by, now, note);
        return GridRequestId.Value;
    }

    /// <summary>The grid closed its event: its outcome becomes the answer. A repeat of the same news changes nothing.</summary>
    public bool ClosedByGrid(ComplaintSatisfaction? satisfaction, string outcome, DateTime at)
    {
        if (State != ComplaintState.SentToGrid) return false;
        (Satisfaction, GridOutcome, Answer, ClosedAt) = (satisfaction, outcome, outcome, at);
        Move(ComplaintAction.Close, ComplaintState.Closed, "网格", at, outcome);
        return true;
    }

    private void Allow(params ComplaintState[] from)
    {
        if (!from.Contains(State)) throw new BusinessRuleException(MarketErrors.ComplaintStepNotAllowed, Language.T($"投诉处于“{Labels.Of(State)}”时不能这样办理。", $"Not allowed while the complaint is {State}."));
    }

    private void Move(ComplaintAction action, ComplaintState to, string? by, DateTime now, string? note)
    {
        State = to;
        Record(action, by, now, note);
    }

    private void Record(ComplaintAction? action, string? by, DateTime at, string? note) =>
        steps = [.. steps, new ComplaintStep(action, State, by, at, string.IsNullOrWhiteSpace(note) ? null : note.Trim())];
}

/// <summary>One action on a complaint (none for its receipt) and the state it left it in.</summary>
public sealed record ComplaintStep(ComplaintAction? Action, ComplaintState State, string? By, DateTime At, string? Note);
