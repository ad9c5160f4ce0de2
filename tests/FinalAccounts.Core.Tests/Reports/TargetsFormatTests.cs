using System;
using System.Text.Json.Nodes;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports;

/// <summary>The <c>targets</c> array (项目支出绩效目标表, issue 18.3/18.4): read, written back, valid against the schema, refused with its path when wrong.</summary>
public sealed class TargetsFormatTests
{
    // The example of seeds/schema/README.md, in a 预算 of 测试局.
    private const string Targets = """
        [{"id": "T1", "title": "2024年项目支出绩效目标表", "year": 2024, "project": "人事考试及各类资格、职称考试评审考务费",
          "department": "乌海市人力资源和社会保障局", "implementer": "乌海市人事考试中心",
          "funds": {"unit": "万元", "total": "134.00"}, "goal": "完成年度各类考试的组织工作",
          "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "level3": "组织考试场次", "nature": "正向", "direction": "大于等于", "target": "20", "unit": "场次", "weight": "20"},
            {"level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "考生满意度", "nature": "正向", "direction": null, "target": "≥90%", "unit": null, "weight": null},
            {"level1": "效益指标", "level2": "社会效益指标", "level3": "考试组织规范", "nature": "定性", "direction": null, "target": "规范有序", "unit": null, "weight": "10"}
          ]}]
        """;

    private static string Report(string targets) =>
        "{\"formatVersion\": 1, \"report\": {\"title\": \"2024年测试局预算\", \"year\": 2024, \"unitName\": \"测试局\", \"level\": \"单位\", \"kind\": \"预算\", \"unitKind\": \"行政单位\", \"currencyUnit\": \"万元\", \"source\": \"测试\"},"
        + " \"tables\": [], \"statements\": [], \"targets\": " + targets + "}";

    [Fact]
    public void A_target_table_is_read_with_its_values_and_weights()
    {
        var t = Assert.Single(ReportReader.Parse(Report(Targets), "budget.json").Targets);
        Assert.Equal(("T1", 2024, "人事考试及各类资格、职称考试评审考务费", "乌海市人事考试中心"), (t.Id, t.Year, t.Project, t.Implementer));
        Assert.Equal(("134.00", "万元"), (t.Funds!.Value, t.Funds.Unit));
        Assert.Equal(3, t.Indicators.Count);
        var sessions = t.Indicators[0];
        Assert.Equal((20m, "场次", IndicatorDirection.AtLeast, false), (sessions.Target.Number, sessions.Target.Unit, sessions.Direction, sessions.DirectionInferred));
        Assert.Equal("20", sessions.Weight!.Value);
        var satisfaction = t.Indicators[1];
        Assert.Equal((90m, "%", IndicatorDirection.AtLeast), (satisfaction.Target.Number, satisfaction.Target.Unit, satisfaction.Direction));
        Assert.Null(satisfaction.Weight);
        Assert.Equal((IndicatorNature.Qualitative, "规范有序"), (t.Indicators[2].Nature, t.Indicators[2].Target.Text));
        Assert.Equal("组织考试场次", sessions.Location.Row);
        Assert.Equal("$.targets[0].indicators[0]", sessions.Location.JsonPath);
    }

    [Fact]
    public void Targets_round_trip_through_the_writer()
    {
        var first = ReportReader.Parse(Report(Targets), "budget.json");
        var written = ReportWriter.Write(first);
        var second = ReportReader.Parse(written, "written.json");
        Assert.Equal(Writer.ReportDump.Of(first), Writer.ReportDump.Of(second));
        Assert.Equal(written, ReportWriter.Write(second));
        // A report without targets writes no targets array: existing files are written as before.
        Assert.DoesNotContain("\"targets\"", ReportWriter.Write(ReportReader.Parse(Report("[]"), "none.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"target\": \"20\"", "\"target\": null", "$.targets[0].indicators[0].target")]
    [InlineData("\"nature\": \"正向\", \"direction\": \"大于等于\"", "\"nature\": \"正面\", \"direction\": \"大于等于\"", "$.targets[0].indicators[0].nature")]
    [InlineData("\"target\": \"20\"", "\"target\": \"≤20\"", "$.targets[0].indicators[0].target")]
    [InlineData("\"weight\": \"20\"", "\"weight\": \"20分\"", "$.targets[0].indicators[0].weight")]
    [InlineData("\"unit\": \"万元\", \"total\"", "\"unit\": \"亿元\", \"total\"", "$.targets[0].funds.unit")]
    public void A_wrong_target_is_refused_at_its_path(string from, string to, string path)
    {
        var text = Targets.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Targets, text);
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(Report(text), "budget.json"));
        Assert.Equal(path, ex.JsonPath);
    }

    [Fact]
    public void Two_target_tables_with_one_id_are_refused()
    {
        var two = Targets.TrimEnd().TrimEnd(']') + ", " + Targets.Trim().TrimStart('[');
        Assert.Equal("$.targets[1].id", Assert.Throws<ReportFormatException>(() => ReportReader.Parse(Report(two), "budget.json")).JsonPath);
    }

    [Fact]
    public void The_schema_accepts_the_documented_targets_and_refuses_a_row_without_its_target()
    {
        // One schema object per process: JsonSchema.Net registers a schema by its $id.
        var schema = FinalAccounts.Core.Tests.Scoring.EvaluationSchemaTests.Schema;
        bool Valid(string json)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            return schema.Evaluate(doc.RootElement).IsValid;
        }
        Assert.True(Valid(Report(Targets)));
        Assert.True(Valid(ReportWriter.Write(ReportReader.Parse(Report(Targets), "budget.json"))));
        var node = JsonNode.Parse(Report(Targets))!;
        node["targets"]![0]!["indicators"]![0]!.AsObject().Remove("target");
        Assert.False(Valid(node.ToJsonString()));
    }
}
