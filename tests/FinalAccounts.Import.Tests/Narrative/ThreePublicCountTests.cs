using System.Linq;
using FinalAccounts.Import.Tests.Layouts;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Import.Tests.Narrative;

/// 七（二）'s counts and 十一（三）'s vehicles read from the template's sentences filled in by hand (issue 13, point 2), and
/// the count rules running on what was read.
public sealed class ThreePublicCountTests
{
    private static ImportResult Import(params string[] paragraphs)
    {
        var layout = new HandLayout().NewPage().Line(100, (80, "第三部分测试单位2024年度部门决算情况说明"));
        var y = 130.0;
        foreach (var p in paragraphs)
        {
            for (var at = 0; at < p.Length; at += 30)
            {
                layout.Line(y, (60, p.Substring(at, System.Math.Min(30, p.Length - at))));
                y += 15;
            }
        }
        return layout.Import();
    }

    private const string Heading = "七、财政拨款“三公”经费支出决算情况说明";
    private const string Detail = "（二）“三公”经费财政拨款支出决算具体情况说明。";

    private static string[] Counts(ImportResult result) => result.Report.Statements
        .Where(s => s.Subsection.StartsWith("（二）“三公”", System.StringComparison.Ordinal))
        .SelectMany(s => s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!)))
        .Select(f => f.Key.Concept + " " + f.Key.Basis + " " + f.Value + f.Unit)
        .ToArray();

    [Fact]
    public void The_template_sentences_give_their_counts()
    {
        var result = Import(Heading, Detail,
            "1、因公出国（境）费支出3.20万元。全年安排因公出国（境）团组2个、累计6人次。开支内容包括：考察学习。",
            "2、公务用车购置及运行维护费支出25.00万元。其中：公务用车购置支出为18.00万元。主要用于更新公务用车1辆。",
            "公务用车运行维护支出7.00万元。主要用于燃料费。2024年，测试单位所属各预算单位开支财政拨款的公务用车保有量为5辆。",
            "3、公务接待费支出1.20万元。其中：国内公务接待支出1.20万元。主要用于业务交流，共接待12批次、150人次，其中：接待外宾1批次、5人次。",
            "八、政府性基金预算财政拨款收入支出决算情况说明");
        Assert.Equal(new[]
        {
            "因公出国（境）团组 决算 2个", "因公出国（境）人次 决算 6人次", "购置公务用车 决算 1辆", "公务用车保有量 年末 5辆",
            "国内公务接待批次 决算 12批次", "国内公务接待人次 决算 150人次", "外宾接待批次 决算 1批次", "外宾接待人次 决算 5人次",
        }, Counts(result));
        Assert.All(result.Report.Statements.Where(s => s.Subsection.StartsWith("（二）“三公”", System.StringComparison.Ordinal)).SelectMany(s => s.Figures),
            f => Assert.True(f.IsCount && f.Key.Scope == "财政拨款"));
        var check = ReportChecker.Check(result.Report);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1153");
        Assert.Contains(check.RulesRun, r => r.Id == "FA1151");
        Assert.DoesNotContain(check.Findings, f => f.RuleId is "FA1150" or "FA1151" or "FA1152" or "FA1153");
    }

    [Fact]
    public void Impossible_counts_are_caught_where_they_are_printed()
    {
        // 3 groups as 2 person-times; 接待外宾 3 批次 within 2 批次 in all.
        var result = Import(Heading, Detail,
            "1、因公出国（境）费支出3.20万元。全年安排因公出国（境）团组3个、累计2人次。",
            "3、公务接待费支出1.20万元。共接待2批次、40人次，其中：接待外宾3批次、5人次。",
            "八、政府性基金预算财政拨款收入支出决算情况说明");
        var check = ReportChecker.Check(result.Report);
        var trips = Assert.Single(check.Findings, f => f.RuleId == "FA1153");
        Assert.Equal("2", trips.Stated.Value);
        Assert.Contains("团组3个", trips.Stated.Location.Sentence);
        var foreign = Assert.Single(check.Findings, f => f.RuleId == "FA1151");
        Assert.Equal("2", foreign.Stated.Value);
        Assert.Equal(3m, foreign.Result.Exact);
    }

    [Fact]
    public void Foreign_receptions_alone_or_placeholders_are_not_read_as_domestic()
    {
        var result = Import(Heading, Detail,
            "1、因公出国（境）费支出XXX万元。全年安排因公出国（境）团组XX个、累计XX人次。",
            "3、公务接待费支出1.20万元。国（境）外公务接待3批次、12人次。",
            "八、政府性基金预算财政拨款收入支出决算情况说明",
            "十一、其他重要事项的情况说明", "（三）国有资产占有使用情况说明", "截至2024年12月31日，测试单位共有车辆0辆。");
        Assert.Empty(Counts(result));
        Assert.Contains(result.Report.Figures, f => f.Key.Concept == "车辆"); // the import read the rest
    }

    [Fact]
    public void A_vehicle_breakdown_that_does_not_add_up_is_an_error_at_the_vehicles()
    {
        var result = Import("十一、其他重要事项的情况说明", "（三）国有资产占有使用情况说明",
            "截至2024年12月31日，测试单位共有车辆8辆，其中：主要领导干部用车1辆、机要通信用车2辆、执法执勤用车4辆。单价100万元（含）以上设备（不含车辆）2台（套）。");
        var finding = Assert.Single(ReportChecker.Check(result.Report).Findings, f => f.RuleId == "FA1150");
        Assert.Equal("8", finding.Stated.Value);
        Assert.Equal(7m, finding.Result.Exact);
        Assert.Contains("共有车辆8辆", finding.Stated.Location.Sentence);
    }
}
