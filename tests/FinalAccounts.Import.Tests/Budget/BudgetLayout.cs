using FinalAccounts.Import.Tests.Layouts;

namespace FinalAccounts.Import.Tests.Budget;

/// <summary>
/// A hand-written 预算 (<see cref="HandLayout"/>): the cover 测试单位2025年部门预算, an empty “三公”经费和机关运行经费预算表 (so
/// the import reads it as a 预算), and a page with the 其他相关情况说明 heading; a test adds its section and table below
/// y = 120 and may end the part with <see cref="End"/>.
/// </summary>
internal static class BudgetLayout
{
    public static HandLayout Start()
        => new HandLayout("测试单位2025年部门预算").NewPage()
            .Line(100, (200, "2025年部门“三公”经费和机关运行经费预算表"))
            .Line(115, (450, "单位:万元"))
            .NewPage()
            .Line(100, (250, "其他相关情况说明"));

    /// <summary>The next part's heading (项目经费情况说明), which ends the 其他相关情况说明.</summary>
    public static HandLayout End(HandLayout layout, double y) => layout.Line(y, (200, "项目经费情况说明"));

    public static double Under(double centre, string value) => centre - (HandLayout.Width(value) / 2);
}
