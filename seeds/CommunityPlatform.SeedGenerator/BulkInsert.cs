using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommunityPlatform.SeedGenerator;

/// <summary>
/// Inserts many rows of one entity with one prepared statement in one transaction — about ten times what
/// <c>SaveChanges</c> manages, because nothing is tracked and the statement is parsed once. Table, columns, value
/// conversions and parameter types come from the context's model, so it follows the migrations on either provider.
/// The kernel's interceptor does not run: the caller gives the values it would stamp (community, creation time).
/// </summary>
internal static class BulkInsert
{
    public static async Task RunAsync<T>(DbContext db, IEnumerable<T> rows, IReadOnlyDictionary<string, object?> stamped) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.GetColumnName(table) is not null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();

        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                              $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var bindings = columns.Select((property, i) => Bind(command, property, i, stamped)).ToList();
        await command.PrepareAsync();

        foreach (var row in rows)
        {
            foreach (var binding in bindings) binding.Set(row);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await db.Database.CloseConnectionAsync();
    }

    private static Binding Bind(DbCommand command, IProperty property, int index, IReadOnlyDictionary<string, object?> stamped)
    {
        var mapping = property.GetRelationalTypeMapping();
        var parameter = mapping.CreateParameter(command, "@p" + index, null, property.IsNullable);
        command.Parameters.Add(parameter);
        var hasStamp = stamped.TryGetValue(property.Name, out var stamp);
        var getter = property.GetGetter();
        return new Binding(row =>
        {
            // A stamp is one value for every row, or a function of the row (its own community, when many are written at once).
            var value = hasStamp ? stamp is Func<object, object?> of ? of(row) : stamp : getter.GetClrValueUsingContainingEntity(row);
            parameter.Value = value is null ? DBNull.Value : mapping.Converter?.ConvertToProvider(value) ?? value;
        });
    }

    private sealed record Binding(Action<object> Set);
}
