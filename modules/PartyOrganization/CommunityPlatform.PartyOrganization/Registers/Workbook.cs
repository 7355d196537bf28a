using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.PartyOrganization.Registers;

/// <summary>A workbook of named sheets, each a list of rows whose headers are the column titles, written as .xlsx.</summary>
/// <remarks>The print page shows the same sheets as tables, so what is printed is what is exported.</remarks>
public sealed class Workbook
{
    private readonly Dictionary<string, List<Dictionary<string, object?>>> sheets = [];

    public IReadOnlyDictionary<string, List<Dictionary<string, object?>>> Sheets => sheets;

    public Workbook Sheet(string name, IEnumerable<Dictionary<string, object?>> rows)
    {
        sheets[name] = rows.ToList();
        return this;
    }

    public static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) => cells.ToDictionary(c => c.Header, c => c.Value);

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        // An empty sheet still shows its name; MiniExcel needs at least one row to write one.
        MiniExcel.SaveAs(stream, sheets.ToDictionary(s => s.Key, s => (object)(s.Value.Count > 0 ? s.Value : [new Dictionary<string, object?> { [s.Key] = "" }])));
        return stream.ToArray();
    }
}
