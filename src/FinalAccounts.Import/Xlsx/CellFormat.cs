using System.Text.RegularExpressions;
using ExcelNumberFormat;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// A number format code classified once per style, not once per cell: General (or text, @), plain (digit
/// placeholders, grouping and decimals only, which mean the same in Excel and .NET) with its decimals, or anything else
/// (ExcelNumberFormat, parsed once).
/// </summary>
internal sealed class CellFormat
{
    public static readonly CellFormat General = new("General");

    private static readonly Regex s_plain = new(@"^[#0,.]+(;-?[#0,.]+)?$", RegexOptions.CultureInvariant);

    private NumberFormat? _parsed;

    public CellFormat(string code)
    {
        Code = code;
        IsGeneral = code.Length == 0 || code == "General" || code == "@";
        IsPlain = !IsGeneral && s_plain.IsMatch(code);
        if (IsPlain)
        {
            // Decimals of the first section: the placeholders after its point.
            var section = code.Split(';')[0];
            var point = section.IndexOf('.');
            for (var i = point + 1; point >= 0 && i < section.Length; i++) if (section[i] is '0' or '#') Decimals++;
        }
    }

    public string Code { get; }

    public bool IsGeneral { get; }

    public bool IsPlain { get; }

    /// <summary>For a plain format, the most decimals it shows.</summary>
    public int Decimals { get; }

    /// <summary>For other formats, ExcelNumberFormat's reading of the code (parsed on first use).</summary>
    public NumberFormat Parsed => _parsed ??= new NumberFormat(Code);
}
