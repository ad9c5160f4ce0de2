using System.Linq;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Import.Tests.Budget.BudgetPdf;

namespace FinalAccounts.Import.Tests.Budget;

/// <summary>
/// The 国有资产 section's purchases sentence of a 预算 ("2025年部门预算安排购置车辆1辆，其中：…其他用车1辆；部门预算安排购置
/// 单价100万元（含）以上设备（不含车辆）0台（套）。"): 车辆 and the equipment on basis 预算, the kinds as its breakdown, as the
/// tables' 预算安排购置数 column reads them. Values from the hand layouts and from `pdftotext -layout` of the six budgets.
/// </summary>
public sealed class BudgetPurchaseTests
{
    private const string Kinds = "部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、";

    private static ImportResult Sentence(string year, string cars, string other)
        => BudgetLayout.End(BudgetLayout.Start()
            .Line(120, (60, "五、国有资产占有使用情况"))
            .Line(135, (60, "截至2024年8月31日，测试单位共有车辆8辆，其中：" + Kinds + "其他用车8辆；单价100万元（含）以上设备（不含车辆）0台（套）。"))
            .Line(150, (60, year + "年部门预算安排购置车辆" + cars + "辆，其中：" + Kinds))
            .Line(165, (60, "其他用车" + other + "辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。")), 200).Import();

    [Fact]
    public void The_purchases_are_read_on_the_budget_basis_with_their_kinds_and_the_stock_is_not()
    {
        var result = Sentence("2025", "1", "1");
        var st = result.Report.Statements.Single(s => s.Id == "B.2-A1");
        Assert.Equal(new[] { "车辆|预算 = 1 辆", "单价100万元（含）以上的设备（不含车辆）|预算 = 0 台（套）" }, st.Figures.Select(f => f.Key.Concept + "|" + f.Key.Basis + " = " + f.Value + " " + f.Unit).ToArray());
        var parts = st.Explanations.Single().Parts;
        Assert.Equal(8, parts.Count);
        Assert.Equal("其他用车", parts[7].Figure!.Key.Concept);
        Assert.Equal("1", parts[7].Figure!.Value);
        Assert.DoesNotContain(result.Report.Statements.SelectMany(s => s.Figures), f => f.Key.Basis == "年末");
        Assert.DoesNotContain(ReportChecker.Check(result.Report).Findings, f => f.RuleId == "FA1150");
    }

    [Fact]
    public void Kinds_that_do_not_add_up_to_the_purchases_are_an_error()
        => Assert.Contains(ReportChecker.Check(Sentence("2025", "1", "2").Report).Findings, f => f.RuleId == "FA1150" && f.Severity == Severity.Error);

    [Fact]
    public void Purchases_of_another_year_are_not_read()
    {
        var result = Sentence("2024", "1", "1");
        Assert.DoesNotContain(result.Report.Statements, s => s.Id == "B.2-A1");
        Assert.Contains(result.Notes, n => n.Id == ImportNotes.NarrativeNotRead && n.Message.Contains("not the budget year 2025", System.StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> Purchases => new()
    {
        // 车辆 | 其他用车 | equipment, from each PDF's 五、国有资产占有使用情况 (pdftotext -layout); every other kind is 0.
        { City, "0", "0" }, { Finance, "0", "0" }, { OfficeDepartment, "0", "0" }, { OfficeUnit, "0", "0" },
        { Wanli2024, "1", "1" }, { Wanli2025, "1", "1" },
    };

    [SkippableTheory]
    [MemberData(nameof(Purchases))]
    public void Each_real_budget_gives_its_purchases(string file, string cars, string other)
    {
        var st = BudgetPdf.Import(file).Report.Statements.Single(s => s.Id == "B.2-A1");
        Assert.Equal(new[] { "车辆 = " + cars, "单价100万元（含）以上的设备（不含车辆） = 0" }, st.Figures.Select(f => f.Key.Concept + " = " + f.Value).ToArray());
        var parts = st.Explanations.Single().Parts.Select(p => p.Figure!.Key.Concept + " = " + p.Figure.Value).ToArray();
        Assert.Equal(new[] { "部级领导干部用车 = 0", "主要领导干部用车 = 0", "机要通信用车 = 0", "应急保障用车 = 0", "执法执勤用车 = 0", "特种专业技术用车 = 0", "离退休干部用车 = 0", "其他用车 = " + other }, parts);
    }
}
