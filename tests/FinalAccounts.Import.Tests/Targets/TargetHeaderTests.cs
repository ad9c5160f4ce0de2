using FinalAccounts.Testing;
using Xunit;

namespace FinalAccounts.Import.Tests.Targets;

/// <summary>The 主管部门 and 实施单位 lines of a 项目支出绩效目标表, by hand.</summary>
public sealed class TargetHeaderTests
{
    private static readonly Level1Group[] s_indicators =
    {
        new("产出指标", new[] { new Level2Group("数量指标", new[] { new TargetRow("培训人次", "≥100人次", "20"), new TargetRow("审计项目数量", "=12项", "30") }) }),
    };

    /// <summary>
    /// A department whose own name ends in 项目 (found by the 目标表 law: "…项目" beside a 实施单位 word of its own) keeps it;
    /// only a "项目实施单位" label gives its 项目 back to the label.
    /// </summary>
    [SkippableFact]
    public void A_department_name_ending_in_项目_is_read_whole()
    {
        CjkFont.Require();
        var table = new TargetTable("培训系统运行项目", "重大建设项目", "市审计中心", "120.50", "完成培训和审计任务。", s_indicators, true);
        var result = ReportImporter.ImportPdf(TargetPdfRenderer.Render(new[] { table }), "targets.pdf");
        var target = Assert.Single(result.Report.Targets);
        Assert.Equal("重大建设项目", target.Department);
        Assert.Equal("市审计中心", target.Implementer);
    }
}
