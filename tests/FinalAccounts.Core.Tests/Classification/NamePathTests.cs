using FinalAccounts.Classification;
using Xunit;

namespace FinalAccounts.Core.Tests.Classification;

/// <summary>
/// Every 类/款/项 line the seed report (乌海市人力资源和社会保障局本级 2024 决算) names in its 一般公共预算财政拨款支出
/// section resolves by name path to the code printed in the standard classification.
/// </summary>
public sealed class NamePathTests
{
    [Theory]
    [InlineData("一般公共服务（类）/群众团体事务（款）其他群众团体事务支出（项）", "2012999")]
    [InlineData("社会保障和就业支出/人力资源和社会保障管理事务（款）行政运行（项）", "2080101")]
    [InlineData("社会保障和就业支出/人力资源和社会保障管理事务（款）一般行政管理事务（项）", "2080102")]
    [InlineData("社会保障和就业支出/人力资源和社会保障管理事务（款）劳动保障监察（项）", "2080105")]
    [InlineData("社会保障和就业支出/人力资源和社会保障管理事务（款）信息化建设（项）", "2080108")]
    [InlineData("社会保障和就业支出/人力资源和社会保障管理事务（款）劳动人事争议调解仲裁（项）", "2080112")]
    [InlineData("社会保障和就业支出/人力资源和社会保障管理事务（款）其他人力资源和社会保障管理事务（项）", "2080199")]
    [InlineData("社会保障和就业支出/行政事业单位养老支出（款）行政单位离退休（项）", "2080501")]
    [InlineData("社会保障和就业支出/行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "2080505")]
    [InlineData("社会保障和就业支出/行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）", "2080506")]
    [InlineData("社会保障和就业支出/就业补助（款）高技能人才培养补助（项）", "2080712")]
    [InlineData("社会保障和就业支出/就业补助(款)其他就业补助支出(项)", "2080799")]
    [InlineData("卫生健康支出（类）/行政事业单位医疗（款）行政单位医疗（项）", "2101101")]
    [InlineData("住房保障支出（类）/住房改革支出（款）住房公积金（项）", "2210201")]
    [InlineData("其他支出（类）/其他支出（款）其他支出（项）", "2299901")]
    [InlineData("社会保障和就业支出 / 就业补助 / 其他就业补助支出", "2080799")]
    [InlineData("社会保障和就业支出", "208")]
    [InlineData("一般公共服务（类）", "201")]
    public void Seed_report_lines_resolve_by_name_path(string path, string expected)
    {
        Assert.True(FunctionCode.TryFindByNamePath(path, out var code), path);
        Assert.Equal(expected, code.Code);
        Assert.Equal(expected, FunctionCode.FindByNamePath(path).Code);
    }

    [Fact]
    public void A_path_starting_below_the_class_resolves_when_unique()
    {
        Assert.Equal("2080505", FunctionCode.FindByNamePath("行政事业单位养老支出/机关事业单位基本养老保险缴费支出").Code);
    }

    [Theory]
    [InlineData("行政运行")]
    [InlineData("社会保障和就业支出/不存在的款")]
    [InlineData("")]
    [InlineData("///")]
    public void Ambiguous_or_unknown_paths_are_not_found(string path)
    {
        Assert.False(FunctionCode.TryFindByNamePath(path, out var code));
        Assert.Equal(default, code);
        var ex = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => FunctionCode.FindByNamePath(path));
        Assert.Contains("支出功能分类", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TryFindChild_matches_name_variants()
    {
        var section = FunctionCode.Parse("20801");
        Assert.True(section.TryFindChild("其他人力资源和社会保障管理事务", out var child));
        Assert.Equal("2080199", child.Code);
        Assert.False(section.TryFindChild("住房公积金", out _));
    }
}
