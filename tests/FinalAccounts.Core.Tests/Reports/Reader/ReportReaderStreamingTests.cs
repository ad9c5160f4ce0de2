using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
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

    // Cells of a 自评表 as files give them: numbers, blanks, words, a printed 一级 weight, and values the reader refuses.
    private static readonly (string Field, string? Value)[] s_evaluationValues =
    {
        ("cut", "start"), ("cut", "end"), ("cut", "both"), ("cut", "middle"), ("funds", null), ("total", null), ("goals", null),
        ("statements", null), ("title", null), ("note", "注"), ("year", "1989"), ("id", " "), ("project", "项目"),
        ("level1", "产出指标(50分)"), ("level1", "效益指标（30分）"), ("level1", "产出指标(500分)"), ("level1Inferred", "false"), ("level1Inferred", "\"是\""),
        ("nature", "定性"), ("nature", "反向"), ("nature", "中性"), ("direction", null), ("direction", "≥"), ("direction", "小于等于"), ("direction", "约"),
        ("target", "≥90%"), ("target", "按期完成"), ("target", null), ("actual", null), ("actual", "100"), ("actual", "1e5"), ("unit", null), ("unit", "%"),
        ("weight", null), ("weight", "5.5"), ("weight", "-1"), ("weight", "5"), ("score", null), ("score", "0"), ("score", "x"), ("score", "3"),
        ("deviation", "原因"), ("grade", "优"), ("executionRate", "99.5"), ("executed", null), ("initialBudget", "12,000"), ("name", "其中：财政拨款"),
    };

    /// <summary>
    /// Law: a 自评表 with its cells changed (blanks, words, a cut table, a printed 一级 weight, refused values) is streamed
    /// exactly when the document reader accepts it, and read as the document reader reads it.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Evaluation_variants_are_streamed_as_the_document_reader_reads_them() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var root = JsonNode.Parse(File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")))!;
            var evaluations = root["evaluations"]!.AsArray();
            var changes = new StringBuilder();
            for (var k = 1 + random.Next(4); k > 0; k--)
            {
                var evaluation = evaluations[random.Next(evaluations.Count)]!.AsObject();
                var (field, value) = s_evaluationValues[random.Next(s_evaluationValues.Length)];
                var target = field switch
                {
                    "level1" or "level1Inferred" or "level2" or "nature" or "direction" or "target" or "actual" or "unit" or "deviation"
                        => Pick(random, evaluation["indicators"]),
                    "weight" or "score" => random.Next(3) switch { 0 => evaluation["total"] as JsonObject, 1 => Pick(random, evaluation["funds"]?["rows"]), _ => Pick(random, evaluation["indicators"]) },
                    "grade" => evaluation["total"] as JsonObject,
                    "executionRate" or "executed" or "initialBudget" or "name" => Pick(random, evaluation["funds"]?["rows"]),
                    _ => evaluation,
                };
                if (target == null) continue;
                target[field] = value == null ? null : value.StartsWith('"') || value is "false" ? JsonNode.Parse(value) : field == "year" ? JsonValue.Create(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(value);
                changes.Append(field).Append('=').Append(value ?? "null").Append("; ");
            }
            var utf8 = Encoding.UTF8.GetBytes(root.ToJsonString());
            var accepted = true;
            try
            {
                ReportReader.ReadDocument(utf8, "x.json");
            }
            catch (ReportFormatException)
            {
                accepted = false;
            }
            var streamed = AssertSameWhenStreamed(utf8, "evaluation variant " + changes);
            Assert.True(streamed == accepted, "evaluation variant " + changes + (accepted ? "accepted but not streamed" : "refused but streamed"));
        });

    /// <summary>
    /// The streaming reader keeps the short words it has read (a concept, a unit …) and hands out the same string when
    /// their bytes come again. A file with more distinct words than it holds (6,000 concepts of 17 bytes: more than its
    /// 4,096 entries and its 64 KB of bytes, so sets overflow and everything is forgotten on the way), read twice on one
    /// thread, still gives every figure the concept written: a word pushed out is made again, never taken for another.
    /// </summary>
    [Fact]
    public void Words_beyond_the_shared_word_cache_read_as_written()
    {
        const int count = 6000;
        static string Concept(int i) => "支出项目" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        var builder = new ReportBuilder(new ReportInfo("测试单位2024年度决算", 2024, "测试单位", "本级", ReportUnitKind.Administrative, FinalAccounts.Money.CurrencyUnit.WanYuan));
        builder.AddStatement("1", "一、说明", null, "句子。");
        for (var i = 0; i < count; i++) builder.AddFigure(new FigureKey(Concept(i), "决算"), "1", "万元");
        var utf8 = Encoding.UTF8.GetBytes(ReportWriter.Write(builder.Build()));
        for (var read = 0; read < 2; read++)
        {
            var report = ReportReader.ReadStreaming(utf8, "x.json");
            Assert.NotNull(report);
            Assert.Equal(count, report!.Figures.Count);
            for (var i = 0; i < count; i++)
            {
                if (report.Figures[i].Key.Concept != Concept(i)) Assert.Fail("read " + read + ", figure " + i + ": " + report.Figures[i].Key.Concept);
            }
        }
    }

    private static JsonObject? Pick(Random random, JsonNode? array)
        => array is JsonArray a && a.Count > 0 ? a[random.Next(a.Count)] as JsonObject : null;

    private static string ReplaceString(string text, int from, string value)
    {
        var open = text.IndexOf('"', from);
        if (open < 0) return text;
        var close = text.IndexOf('"', open + 1);
        return close < 0 ? text : text.Substring(0, open + 1) + value + text.Substring(close);
    }
}
