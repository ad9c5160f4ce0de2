using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// Issue 15.7: the JSON Schema (seeds/schema) accepts the seed unchanged and every new evaluation field, and refuses what the
/// reader refuses.
public sealed class EvaluationSchemaTests
{
    private static readonly JsonSchema s_schema = JsonSchema.FromText(File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "schema", "final-accounts-report.schema.json")));

    /// <summary>The report format's schema, loaded once (other tests validate against the same object).</summary>
    internal static JsonSchema Schema => s_schema;

    private static string SeedText => File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json"));

    private static bool Valid(string evaluation)
    {
        var root = JsonNode.Parse(SeedText)!;
        if (evaluation.Length > 0) root["evaluations"]!.AsArray().Add(JsonNode.Parse(evaluation));
        using var doc = System.Text.Json.JsonDocument.Parse(root.ToJsonString());
        return s_schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    [Fact]
    public void The_seed_in_todays_format_is_valid() => Assert.True(Valid(string.Empty));

    [Fact]
    public void Printed_weights_units_comparators_and_inferred_directions_are_valid()
    {
        Assert.True(Valid(PrintedTemplateTests.Central()));
        Assert.True(Valid(PrintedTemplateTests.Sichuan()));
        Assert.True(Valid(PrintedTemplateTests.Yunnan(score: "18", total: "98")));
        Assert.True(Valid(Evaluation(PartialTableTests.s_funds,
            new[] { Indicator("产出指标", "数量指标", "x", "正向", null, "90", "≥90%", "%", "90", "90") }, "100", "100")));
        // Words and a blank actual on a quantitative row.
        Assert.True(Valid(Evaluation(PartialTableTests.s_funds,
            new[] { Indicator("产出指标", "时效指标", "x", "正向", "大于等于", "按期完成", "按期完成", null, "60", "60"), Indicator("效益指标", "社会效益", "y", "正向", "大于等于", "90", "null", "%", "30", "30") },
            "100", "100").Replace("\"actual\": \"null\"", "\"actual\": null")));
    }

    [Fact]
    public void Cut_tables_are_valid_without_what_they_lack()
    {
        Assert.True(Valid(Evaluation(PartialTableTests.s_funds, PartialTableTests.s_rows.Take(4), null, null, cut: "end")));
        Assert.True(Valid(Evaluation(null, PartialTableTests.s_rows.Skip(1), "100", "97", cut: "start")));
        Assert.True(Valid(Evaluation(null, PartialTableTests.s_rows.Skip(1).Take(2), null, null, cut: "both")));
    }

    [Fact]
    public void What_the_reader_refuses_the_schema_refuses()
    {
        Assert.False(Valid(Evaluation(PartialTableTests.s_funds, PartialTableTests.s_rows, null, null)));
        Assert.False(Valid(Evaluation(null, PartialTableTests.s_rows, "100", "97")));
        Assert.False(Valid(Evaluation(PartialTableTests.s_funds, PartialTableTests.s_rows, "100", "97", cut: "middle")));
        Assert.False(Valid(Evaluation(null, PartialTableTests.s_rows, null, null, cut: "end")));
    }
}
