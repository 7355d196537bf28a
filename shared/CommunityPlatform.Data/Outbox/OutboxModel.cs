using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data.Outbox;

public static class OutboxModel
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Gives a module's context its outbox table (<c>{Prefix}_Outbox</c>), so the module may <see cref="Publish{TEvent}"/>,
    /// and its inbox (<c>{Prefix}_Inbox</c>), where its handlers' deliveries are recorded once each.
    /// </summary>
    public static ModelBuilder HasOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("Outbox");
            b.Property(m => m.Type).HasMaxLength(300);
            b.Property(m => m.LastError).HasMaxLength(1000);
            // The dispatcher's question is "what is undelivered, oldest first", across communities.
            b.HasIndex(m => new { m.DeliveredAt, m.Id });
            b.Property(m => m.ClaimedBy).HasMaxLength(80);
        });
        modelBuilder.Entity<InboxEntry>(b =>
        {
            b.ToTable("Inbox");
            b.HasKey(e => new { e.MessageId, e.Handler });
            b.Property(e => e.Handler).HasMaxLength(200);
        });
        return modelBuilder;
    }

    /// <summary>Queues an integration event; it is written by the next <c>SaveChanges</c>, in the same transaction as the change.</summary>
    public static void Publish<TEvent>(this DbContext db, TEvent integrationEvent) where TEvent : class =>
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Type = TypeName(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, Json),
            OccurredAt = DateTime.UtcNow,
        });

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static object? Read(OutboxMessage message) =>
        System.Type.GetType(message.Type) is { } type ? JsonSerializer.Deserialize(message.Payload, type, Json) : null;

    public static bool HasOutbox(this DbContext db) => db.Model.FindEntityType(typeof(OutboxMessage)) is not null;

    public static bool HasInbox(this DbContext db) => db.Model.FindEntityType(typeof(InboxEntry)) is not null;
}
