using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Narrative;
using FinalAccounts.Import.Tests.Layouts;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Import.Tests.Narrative;

/// A 预算's 其他相关情况说明 with a region-wide 三公 sentence (issue 13.10): one led by its coverage (2025年全区各部门…) is kept
/// as that coverage's statement and checked apart; one with region words elsewhere is still left out with FA4005.
public sealed class BudgetRegionTests
{
    // The unit: 12.00 − (−1.00) = 13.00, 1.00 ÷ 13.00 = 7.69%. The district: 1,200.00 − (−100.00) = 1,300.00, 100 ÷ 1,300 = 7.69%.
    private const string Unit = "2025年“三公”经费预算数为12.00万元，比2024年预算减少1.00万元，下降7.69%。";

    private static (FinalAccountsReport Report, List<ImportNote> Notes) Read(params string[] paragraphs)
    {
        var layout = new HandLayout("测试街道2025年部门预算").Line(100, (80, "其他相关情况说明"));
        GeneratedNarrative.LayOut(layout, paragraphs, 30);
        var notes = new List<ImportNote>();
        var statements = BudgetNarrativeReader.Read(layout.Document(), 2025, notes);
        var report = DraftReport.Build(new HeaderDraft { Title = "测试街道2025年部门预算", Year = 2025, UnitName = "测试街道", Kind = "预算" }, new List<Tables.TableDraft>(), statements, notes);
        return (report, notes);
    }

    private static readonly FigureKey s_threePublic = new("三公经费", "预算", "财政拨款");

    [Fact]
    public void A_sentence_led_by_its_coverage_is_that_coverage_s_statement()
    {
        var (report, _) = Read(Unit, "2025年全区各部门“三公”经费预算数为1,200.00万元，比2024年预算减少100.00万元，下降7.69%。");
        Assert.Equal("12.00", Assert.Single(report.Find(s_threePublic)).Value);
        var region = Assert.Single(report.Coverages);
        Assert.Equal("全区各部门", region.Coverage);
        Assert.Equal(new[] { "三公经费|预算|1,200.00", "三公经费|较上年预算增减|-100.00", "三公经费|较上年预算增减率|-7.69" },
            region.Figures.Select(f => f.Key.Concept + "|" + f.Key.Basis + "|" + f.Value));
        var check = ReportChecker.Check(report);
        Assert.DoesNotContain(check.Findings, f => f.Severity > Severity.Info);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1201");
    }

    [Fact]
    public void A_wrong_region_rate_is_an_error_at_the_region_only()
    {
        // 100 ÷ 1,300 = 7.69%, printed 17.69.
        var (report, _) = Read(Unit, "2025年全区各部门“三公”经费预算数为1,200.00万元，比2024年预算减少100.00万元，下降17.69%。");
        var check = ReportChecker.Check(report);
        var error = Assert.Single(check.Findings, f => f.Severity == Severity.Error);
        Assert.Equal("FA1201", error.RuleId);
        Assert.Equal("-17.69", error.Stated.Value);
        Assert.Equal("全区各部门", report.Statements.Single(s => s.Id == error.Location.StatementId).Coverage);
    }

    [Fact]
    public void Region_words_anywhere_else_leave_the_sentence_out()
    {
        var (report, notes) = Read(Unit, "本单位“三公”经费预算占全区各部门“三公”经费预算1,200.00万元的1.00%。");
        Assert.Empty(report.Coverages);
        Assert.Equal("12.00", Assert.Single(report.Find(s_threePublic)).Value);
        Assert.Contains(notes, n => n.Id == "FA4005" && n.Message.Contains("whole region", System.StringComparison.Ordinal));
    }
}
