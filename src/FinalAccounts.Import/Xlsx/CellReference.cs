namespace FinalAccounts.Import.Xlsx;

/// <summary>A1-style cell references: "B7" is row 7, column 2. Columns run A…XFD (16,384), rows 1…1,048,576.</summary>
internal static class CellReference
{
    public const int MaxColumn = 16_384;
    public const int MaxRow = 1_048_576;

    /// <summary>Parses "B7" or "$B$7"; false for anything outside the grid.</summary>
    public static bool TryParse(string? text, out int row, out int column)
    {
        row = 0;
        column = 0;
        if (text is null) return false;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        for (; i < text.Length && text[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z'; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxColumn) return false;
        }
        if (i < text.Length && text[i] == '$') i++;
        var digits = i;
        for (; i < text.Length && text[i] is >= '0' and <= '9'; i++)
        {
            row = (row * 10) + (text[i] - '0');
            if (row > MaxRow) return false;
        }
        return column > 0 && row > 0 && i == text.Length && i > digits;
    }

    /// <summary>The column's letters: 1 → A, 28 → AB.</summary>
    public static string Column(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + ((column - 1) % 26)) + letters;
        return letters;
    }

    public static string Of(int row, int column) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
