using System;
using System.IO;
using System.Text;
using FinalAccounts.Core.Tests.Reports.Writer;
using FinalAccounts.Core.Tests.Validation.Properties;
using FinalAccounts.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Reader;

/// <summary>
/// The reader streams a file with <c>Utf8JsonReader</c> and leaves anything it does not vouch for (every error, an
/// unusual order, a duplicate or unknown field) to the document reader, which names the place of every error. Law: when
/// the streaming reader gives a report, the document reader gives the same one — every field, JSON path and line.
/// </summary>
public sealed class ReportReaderStreamingTests
{
    private static readonly string[] s_values = { "", " ", "0", "-1", "1.5", "null", "true", "[]", "{}", "\\ud800", "\\\"", "万元", "决算", "占比", "2080101", "99999999999" };

    private static string Dump(FinalAccountsReport report)
    {
        var d = new StringBuilder(ReportDump.Of(report, withJsonPaths: true));
        foreach (var f in report.Figures) d.Append(f.Location.JsonPath).Append(' ').Append(f.Location.Line).Append('\n');
        foreach (var s in report.Statements)
        {
            foreach (var e in s.Explanations) d.Append(e.Location.JsonPath).Append(' ').Append(e.Location.Line).Append('\n');
        }
        return d.ToString();
    }

    /// <summary>True when the streaming reader gave a report (which then equals the document reader's).</summary>
    private static bool AssertSameWhenStreamed(byte[] utf8, string context)
    {
        if (ReportReader.ReadStreaming(utf8, "x.json") is not FinalAccountsReport streamed) return false;
        FinalAccountsReport document;
        try
        {
            document = ReportReader.ReadDocument(utf8, "x.json");
        }
        catch (ReportFormatException ex)
        {
            Assert.Fail(context + ": streamed a file the document reader refuses: " + ex.Message);
            throw;
        }
        var a = Dump(document);
        var b = Dump(streamed);
        if (a != b) Assert.Fail(context + ": the streamed report differs at " + ReportDump.FirstDifference(a, b));
        return true;
    }

    [Fact]
    public void The_seed_report_is_streamed()
    {
        var utf8 = File.ReadAllBytes(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json"));
        Assert.True(AssertSameWhenStreamed(utf8, "seed"), "the seed report fell back to the document reader");
    }

    /// <summary>Law: what the writer writes is streamed (it writes in the streamed order), as the document reader reads it.</summary>
    [Property(MaxTest = 200)]
    public Property Written_reports_are_streamed_as_the_document_reader_reads_them() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var json = ReportWriter.Write(ModelGen.Build(seed));
            Assert.True(AssertSameWhenStreamed(Encoding.UTF8.GetBytes(json), ModelGen.Describe(seed) + "\n" + json), ModelGen.Describe(seed) + ": not streamed");
        });

    /// <summary>Law: files written by someone else (table defaults, commas, fields the model does not keep) read the same either way.</summary>
    [Property(MaxTest = 100)]
    public Property Published_files_read_the_same_streamed_or_not() =>
        Prop.ForAll(ReportGen.Arbitrary(), spec =>
        {
            var json = Publisher.Publish(spec).ToJson(out _);
            AssertSameWhenStreamed(Encoding.UTF8.GetBytes(json), "generated report\n" + json);
        });

    /// <summary>
    /// Law: a seed with a span deleted or repeated, or a string replaced (duplicate fields, fields out of order, wrong
    /// kinds, escapes, lone surrogates …) is either left to the document reader or read as the document reader reads it.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Mutated_seeds_read_the_same_streamed_or_not() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var text = File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json"));
            for (var k = 1 + random.Next(3); k > 0; k--)
            {
                var at = random.Next(text.Length);
                var length = Math.Min(text.Length - at, 1 + random.Next(300));
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, length),
                    1 => text.Insert(at, text.Substring(at, length)),
                    _ => ReplaceString(text, at, s_values[random.Next(s_values.Length)]),
                };
            }
            AssertSameWhenStreamed(Encoding.UTF8.GetBytes(text), "seed mutation " + seed);
        });

    private static string ReplaceString(string text, int from, string value)
    {
        var open = text.IndexOf('"', from);
        if (open < 0) return text;
        var close = text.IndexOf('"', open + 1);
        return close < 0 ? text : text.Substring(0, open + 1) + value + text.Substring(close);
    }
}
