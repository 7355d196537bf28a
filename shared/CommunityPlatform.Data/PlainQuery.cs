using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CommunityPlatform.Data;

/// <summary>
/// A read over a plain connection to the shared database, for the start's questions (which migrations are in, what is
/// seeded): answering them through a context would build its EF Core model, which costs most of a start.
/// </summary>
public static class PlainQuery
{
    /// <summary>The rows of <paramref name="sql"/>; none when there is no database yet or the table is missing.</summary>
    public static async IAsyncEnumerable<object[]> ReadAsync(DatabaseSettings settings, string sql, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // No SQLite file yet is nothing applied or seeded — and must stay no file: opening it would create one.
        if (settings.Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource is { Length: > 0 } file
            && file != ":memory:" && !File.Exists(file))
            yield break;

        await using DbConnection connection = settings.Provider == DatabaseProvider.MySql
            ? new MySqlConnection(settings.ConnectionString)
            : new SqliteConnection(settings.ConnectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        DbDataReader reader;
        try
        {
            await connection.OpenAsync(cancellationToken);
            reader = await command.ExecuteReaderAsync(cancellationToken);
        }
        catch (DbException)
        {
            // No database (MySQL) or no such table yet.
            yield break;
        }

        await using (reader)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                yield return row;
            }
        }
    }

    /// <summary>Whether the shared database answers: the readiness probe's question, asked without building a context.</summary>
    public static async Task<bool> AnswersAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        await foreach (var _ in ReadAsync(settings, "SELECT 1", cancellationToken)) return true;
        return false;
    }

    public static string Quote(DatabaseSettings settings, string identifier) =>
        settings.Provider == DatabaseProvider.MySql ? $"`{identifier}`" : $"\"{identifier}\"";

    /// <summary>A GUID column as read: MySqlConnector gives <see cref="Guid"/>, SQLite gives its text.</summary>
    public static Guid AsGuid(object value) => value is Guid guid ? guid : Guid.Parse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
}
