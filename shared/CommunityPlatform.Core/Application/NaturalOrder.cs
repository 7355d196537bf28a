namespace CommunityPlatform.Application;

/// <summary>
/// Orders texts as people count them: runs of digits by their value, so buildings go 1, 2, 3, 10 and units
/// 第1 before 第2 before 第10 (an ordinal comparison puts 10 before 2 and 第10 before 第2). The rest compares ordinally.
/// </summary>
public sealed class NaturalOrder : IComparer<string?>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var startX = i;
                var startY = j;
                while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                var byValue = CompareNumbers(x.AsSpan(startX, i - startX), y.AsSpan(startY, j - startY));
                if (byValue != 0) return byValue;
                continue;
            }

            if (x[i] != y[j]) return x[i].CompareTo(y[j]);
            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    // Digit runs of any length (house numbers are never long, but nothing here overflows): leading zeros off, then the longer is larger.
    private static int CompareNumbers(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = a.TrimStart('0');
        b = b.TrimStart('0');
        if (a.Length != b.Length) return a.Length.CompareTo(b.Length);
        return a.SequenceCompareTo(b);
    }
}
