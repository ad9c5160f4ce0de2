using System.Linq;
using FinalAccounts.Import.Tests.Layouts;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Import.Tests.Narrative;

/// Issue 13.10's words read from the 说明: a difference printed without direction (相差 / 差值) as the line's 较年初预算差额,
/// and the one-sentence claims of 七（二）, 八 and 九 that the unit has none of them, kept as statements without figures for
/// FA1181. Sentences filled in by hand on the template's wording.
public sealed class NoneClaimAndDifferenceTests
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

    private static ImportResult Item(string words) => Import(
        "五、一般公共预算财政拨款支出决算情况说明",
        "（三）一般公共预算财政拨款支出决算具体情况",
        "一般公共预算财政拨款支出年初预算为135.90万元，支出决算为135.00万元，完成年初预算的99.34%。决算数小于预算数的主要原因：略。其中：",
        "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：日常运转。年初预算为135.90万元，支出决算为135.00万元。" + words,
        "六、一般公共预算财政拨款基本支出决算情况说明");

    private static string[] Differences(ImportResult result) => result.Report.Figures
        .Where(f => f.Key.Basis == "较年初预算差额").Select(f => f.Location.StatementId + " " + f.Value).ToArray();

    [Fact]
    public void A_difference_without_direction_is_read_unsigned_and_checked_either_way()
    {
        var result = Item("决算数与年初预算数相差0.90万元，主要原因：略。");
        Assert.Equal(new[] { "3.5-3.1 0.90" }, Differences(result));
        var check = ReportChecker.Check(result.Report);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1180");
        Assert.DoesNotContain(check.Findings, f => f.RuleId == "FA1180");
    }

    [Fact]
    public void A_wrong_difference_without_direction_is_an_error_at_its_line()
    {
        // |135.00 − 135.90| = 0.90, printed 9.00.
        var check = ReportChecker.Check(Item("差值9.00万元，主要原因：略。").Report);
        var finding = Assert.Single(check.Findings, f => f.RuleId == "FA1180");
        Assert.Equal("3.5-3.1", finding.Location.StatementId);
        Assert.Equal(0.9m, finding.Result.Exact);
    }

    [Theory]
    [InlineData("主要原因是信息化项目与预算相差0.90万元。")] // inside a reason: about the project, not the line
    [InlineData("决算数小于预算数0.90万元。")] // a direction in words: not this basis
    [InlineData("相差0.50万元，其中办公费相差0.40万元。")] // two differences: which is the line's is not certain
    public void Other_wordings_give_no_unsigned_difference(string words)
        => Assert.Empty(Differences(Item(words)));

    [Fact]
    public void A_unit_with_nothing_to_report_says_so_and_the_claims_are_kept_without_figures()
    {
        var result = Import(
            "七、财政拨款“三公”经费支出决算情况说明",
            "（二）“三公”经费财政拨款支出决算具体情况说明。",
            "测试单位2024年度无“三公”经费财政拨款支出。",
            "八、政府性基金预算财政拨款收入支出决算情况说明",
            "测试单位2024年度无政府性基金预算财政拨款收入和支出。",
            "九、国有资本经营预算财政拨款收入支出决算情况说明",
            "全区各部门2024年度无国有资本经营预算财政拨款收入和支出。",
            "十、预算绩效管理情况");
        var claims = result.Report.Statements.Where(s => s.Figures.Count == 0 && s.Explanations.Count == 0).Select(s => s.Id + " " + s.Sentence).ToArray();
        // The region-wide sentence is no claim of the unit's own, and is not kept.
        Assert.Equal(new[] { "3.7-90 测试单位2024年度无“三公”经费财政拨款支出。", "3.8-90 测试单位2024年度无政府性基金预算财政拨款收入和支出。" }, claims);
        // No table states any of them: nothing to judge, nothing found.
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.RuleId == "FA1181");
    }

    [Fact]
    public void The_template_placeholder_sentence_is_no_claim()
    {
        // With one sentence the import reads (an import of nothing is refused).
        var result = Import(
            "七、财政拨款“三公”经费支出决算情况说明",
            "（二）“三公”经费财政拨款支出决算具体情况说明。",
            "测试单位2024年度无“三公”经费财政拨款支出。",
            "八、政府性基金预算财政拨款收入支出决算情况说明",
            "上海市XX局2024年度无政府性基金预算财政拨款收入和支出。",
            "九、国有资本经营预算财政拨款收入支出决算情况说明");
        Assert.Contains(result.Report.Statements, s => s.Id == "3.7-90");
        Assert.DoesNotContain(result.Report.Statements, s => s.Id == "3.8-90");
    }
}
