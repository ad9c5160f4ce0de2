using System.Collections.Generic;
using System.Text;

namespace FinalAccounts.Generators.Tables;

/// <summary>Splits one CSV line into fields (RFC 4180 quoting, no line breaks inside a field).</summary>
internal static class CsvLine
{
    /// <summary>
    /// Splits <paramref name="line"/>; returns false with <paramref name="error"/> set when a quote is left open
    /// or stray characters follow a closing quote.
    /// </summary>
    public static bool TrySplit(string line, List<string> fields, out string error)
    {
        fields.Clear();
        error = string.Empty;
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    var c = line[i++];
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i < line.Length && line[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        closed = true;
                        break;
                    }
                }
                if (!closed)
                {
                    error = "引号未闭合 (unterminated quote)";
                    return false;
                }
                if (i < line.Length && line[i] != ',')
                {
                    error = "引号后有多余字符 (text after a closing quote) at column " + (i + 1);
                    return false;
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',') field.Append(line[i++]);
            }
            fields.Add(field.ToString());
            if (i >= line.Length) return true;
            i++; // skip the comma
        }
    }
}
