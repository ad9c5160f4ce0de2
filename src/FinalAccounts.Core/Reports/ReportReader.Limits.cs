using System;
using System.Text;
using System.Text.Json;
using FinalAccounts.Reports.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    // The limits of a printed number (FigureLimits: the same for a report read, imported or built in code) and the
    // checks only a file needs: its bytes are UTF-8, its strings decode.
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A raw byte that is not UTF-8 is refused before JSON parsing, where it would read and fail later.</summary>
    private static void RequireUtf8(byte[] utf8, string file)
    {
        try
        {
            s_strictUtf8.GetCharCount(utf8);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Max(0, Math.Min(ex.Index, utf8.Length - 1));
            var line = 1;
            for (var i = 0; i < at; i++)
            {
                if (utf8[i] == (byte)'\n') line++;
            }
            var bad = ex.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : utf8[at];
            throw new ReportFormatException(file, JsonLineMap.PathAt(utf8, at), line,
                "not valid UTF-8: byte 0x" + bad.ToString("X2") + " at offset " + at + "; expected a file saved as UTF-8", ex);
        }
    }

    private sealed partial class Reader
    {
        /// <summary>
        /// Every property name and string decodes: JSON allows an escaped lone surrogate ("\ud800") that .NET strings cannot
        /// hold, and JsonElement throws InvalidOperationException only when the text is read.
        /// </summary>
        public void RequireText(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        string name;
                        try
                        {
                            name = p.Name;
                        }
                        catch (InvalidOperationException)
                        {
                            Fail(path, "a property name has an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800); expected text");
                            throw;
                        }
                        RequireText(p.Value, path + "." + name);
                    }
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray()) RequireText(item, path + "[" + i++ + "]");
                    break;
                case JsonValueKind.String:
                    try
                    {
                        e.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        Fail(path, "the text has an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800); expected text");
                    }
                    break;
            }
        }

        // The place of a refused number is its row's path and its field ("target"), joined only when it is refused: a
        // 自评表 has two such numbers per row and nearly all are within the limits.

        /// <summary>Refuses a printed number the rules could not reason with exactly (<see cref="FigureLimits"/>).</summary>
        private void RequireWithinLimits(string text, string path, string field, NumberLimit limit)
        {
            if (FigureLimits.Problem(text, limit) is string problem) Fail(path + "." + field, problem);
        }

        /// <summary>A number in a 年度指标值 or 实际完成值 within the figures' limits.</summary>
        private void RequireWithinLimits(IndicatorValue value, string path, string field)
        {
            if (FigureLimits.Problem(value) is string problem) Fail(path + "." + field, problem);
        }
    }
}
