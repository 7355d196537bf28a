using CommunityPlatform.Application;
using System.Globalization;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CommunityPlatform.Residents.Application;

/// <summary>
/// Imports residents from an .xlsx file (saved by Excel or WPS) in the background, as a job kept in the database
/// (<see cref="ImportJob"/>, run by <see cref="ImportRunner"/>). Every row is checked like a resident entered by hand;
/// a file with bad rows saves nothing unless only the good rows were asked for.
/// </summary>
public sealed class ResidentImport(
    ResidentsDbContext db, ResidentChecks checks, RequestContext current, ImportRunner runner) : IScopedService
{
    private const int Batch = 500;

    public static readonly ErrorCode XlsxOnly = new("Residents.ImportXlsxOnly", "请上传 .xlsx 文件（旧版 .xls 请先另存为 .xlsx）", "Upload an .xlsx file (save an old .xls as .xlsx first)");
    public static readonly ErrorCode Unreadable = new("Residents.ImportUnreadable", "无法读取该文件", "The file cannot be read");

    /// <summary>The template to fill in: the columns, one example row.</summary>
    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object?> { ["姓名"] = "张三", ["性别"] = "男", ["出生日期"] = "1980-01-01", ["民族"] = "汉族", ["身份证号"] = "", ["联系电话"] = "13800000000", ["居住类型"] = "户籍", ["标签"] = "独居老人" },
        });
        return stream.ToArray();
    }

    /// <summary>
    /// Checks that the file can be read, then queues the job with the file in the database and wakes this instance's
    /// runner: the request answers at once, and any instance can show the job or take it over.
    /// </summary>
    public async Task<ImportJob> StartAsync(string fileName, Stream file, bool onlyValidRows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var rows = Read(fileName, bytes);
        var job = new ImportJob { AccountId = current.AccountId!.Value, AccountName = current.AccountName, OnlyValidRows = onlyValidRows, File = bytes, Total = rows.Count };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        runner.Nudge();
        return job;
    }

    /// <summary>A job of this community, as it stands in the database; another community's job is not found.</summary>
    public Task<ImportJob?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);

    /// <summary>
    /// The work of a job, in the scope of its community acting as the account that started it: every row checked like a
    /// resident entered by hand, then the good rows saved in batches (all or nothing unless only good rows were asked for).
    /// </summary>
    public async Task RunAsync(ImportJob job, ImportClaim claim, CancellationToken cancellationToken)
    {
        await claim.BeginAsync(cancellationToken);
        var rows = Read("import.xlsx", job.File ?? throw new InvalidOperationException("The job's file is gone."));
        var errors = new List<ImportRowError>();
        var taken = (await db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Living && r.IdNumber != null).Select(r => r.IdNumber!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var valid = new List<ResidentDetails>();
        for (var i = 0; i < rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = i + 2;
            try
            {
                var details = await checks.CheckAsync(ToRequest(rows[i], row, errors), CancellationToken.None);
                if (details.IdNumber is { } id && !taken.Add(id))
                    errors.Add(new ImportRowError(row, "身份证号", "该身份证号已登记或在文件中重复"));
                else valid.Add(details);
            }
            catch (InvalidInputException e)
            {
                foreach (var (field, messages) in e.Fields)
                foreach (var message in messages)
                    errors.Add(new ImportRowError(row, field, message));
            }
            catch (ImportRowException)
            {
            }

            await claim.CheckedAsync(i + 1, cancellationToken);
        }

        await claim.ReportAsync(rows.Count, errors, cancellationToken);
        if (errors.Count > 0 && !job.OnlyValidRows) return;
        foreach (var batch in valid.Chunk(Batch))
            await claim.SaveAsync(batch.Select(d => new Resident(d)).ToList(), cancellationToken);
    }

    private static List<IDictionary<string, object?>> Read(string fileName, byte[] bytes)
    {
        // An old binary .xls starts with the OLE2 signature; an .xlsx is a zip ("PK").
        if (fileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) || bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
            throw new InvalidInputException(XlsxOnly, "file", XlsxOnly.Localized());
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
            throw new InvalidInputException(Unreadable, "file", Unreadable.Localized());
        try
        {
            using var stream = new MemoryStream(bytes);
            return MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is not InvalidInputException)
        {
            throw new InvalidInputException(Unreadable, "file", Language.IsEnglish ? e.GetBaseException().Message : Unreadable.Localized());
        }
    }

    private static ResidentRequest ToRequest(IDictionary<string, object?> row, int number, List<ImportRowError> errors)
    {
        string? Cell(string column) => row.TryGetValue(column, out var value) ? Text(value) : null;
        var gender = Cell("性别") switch { "男" => Gender.Male, "女" => Gender.Female, null or "" => (Gender?)null, var other => Fail<Gender?>("性别", $"'{other}' 应为 男 或 女") };
        var type = Cell("居住类型") switch { null or "" or "户籍" => ResidenceType.Registered, "常住" => ResidenceType.Permanent, "流动" => ResidenceType.Mobile, var other => Fail<ResidenceType>("居住类型", $"'{other}' 应为 户籍、常住 或 流动") };
        DateOnly? born = Cell("出生日期") is { Length: > 0 } text
            ? DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var d) ? d : DateTime.TryParse(text, CultureInfo.InvariantCulture, out var dt) ? DateOnly.FromDateTime(dt) : Fail<DateOnly?>("出生日期", $"'{text}' 不是日期")
            : null;
        var tags = (Cell("标签") ?? "").Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Enum.GetValues<ResidentTag>().FirstOrDefault(v => LedgerExport.TagName(v) == t, (ResidentTag)(-1)))
            .ToList();
        if (tags.Any(t => (int)t < 0)) Fail<int>("标签", "未知的标签");
        return new ResidentRequest
        {
            Name = Cell("姓名") is { Length: > 0 and <= 50 } name ? name : Fail<string>("姓名", "姓名必填，最多50字"),
            Gender = gender,
            BirthDate = born,
            Ethnicity = Cell("民族"),
            IdNumber = Cell("身份证号"),
            Phone = Cell("联系电话"),
            ResidenceType = type,
            Tags = tags,
        };

        T Fail<T>(string field, string message)
        {
            errors.Add(new ImportRowError(number, field, message));
            throw new ImportRowException();
        }
    }

    /// <summary>A cell as text: numbers without exponent or decimals, so an ID number typed as a number keeps its digits.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        double n when n == Math.Floor(n) => ((decimal)n).ToString("0", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };

    private sealed class ImportRowException : Exception;
}
