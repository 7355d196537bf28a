using CommunityPlatform.Events;
using CommunityPlatform.GridManagement;
using CommunityPlatform.MarketRegister.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Complaints;

/// <summary>The grid closed the event a complaint was sent as: the complaint is closed with the grid's outcome. A repeat changes nothing.</summary>
public sealed class GridClosingHandler(MarketDbContext db) : IIntegrationEventHandler<GridEventClosed>
{
    public async Task HandleAsync(GridEventClosed closed, Delivery delivery, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.GridRequestId == closed.RequestId, cancellationToken);
        if (complaint is null) return; // another module's request
        var satisfaction = closed.Satisfaction switch
        {
            Satisfaction.Satisfied => ComplaintSatisfaction.Satisfied,
            Satisfaction.Basic => ComplaintSatisfaction.Basic,
            Satisfaction.Dissatisfied => ComplaintSatisfaction.Dissatisfied,
            _ => (ComplaintSatisfaction?)null, // concluded by the street or city: no resident's verdict to copy
        };
        if (complaint.ClosedByGrid(satisfaction, string.IsNullOrWhiteSpace(closed.Note) ? "网格已办结" : $"网格已办结：{closed.Note}", closed.ClosedAt))
            await db.SaveChangesAsync(cancellationToken);
    }
}
