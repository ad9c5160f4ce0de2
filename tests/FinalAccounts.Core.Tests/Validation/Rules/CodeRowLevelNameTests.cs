using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1070 (a printed 功能分类 code matches its row) names the printed code's level in the template's word: 类 for a
/// 3-digit code and 款 for a 5-digit one (TableWordingRuleTests pins 项). Messages word for word; the codes' names are
/// the 2024 功能分类's (207 文化旅游体育与传媒支出, 208 社会保障和就业支出, 20801 人力资源和社会保障管理事务,
/// 20802 民政管理事务).
public sealed class CodeRowLevelNameTests
{
    private const string Concept = "一般公共预算财政拨款支出";

    private static Finding Wrong(string path, string code) => Assert.Single(CheckWith("FA1070", Statement("2.5-2", "五、一般公共预算财政拨款支出决算情况说明",
        F(Concept, "决算", "815.07", path: path, code: code))).Findings);

    [Fact]
    public void A_wrong_class_code_is_named_a_lei()
    {
        var finding = Wrong("社会保障和就业支出", "207");
        Assert.Equal("代码 207 文化旅游体育与传媒支出（类）与所在行 社会保障和就业支出 不符，该行应为 208 社会保障和就业支出。", finding.Message);
        Assert.Equal("code 207 does not match its row 社会保障和就业支出, which is 208.", finding.MessageEn);
    }

    [Fact]
    public void A_wrong_section_code_is_named_a_kuan()
    {
        const string Path = "社会保障和就业支出/人力资源和社会保障管理事务";
        var finding = Wrong(Path, "20802");
        Assert.Equal("代码 20802 民政管理事务（款）与所在行 " + Path + " 不符，该行应为 20801 人力资源和社会保障管理事务。", finding.Message);
        Assert.Equal("code 20802 does not match its row " + Path + ", which is 20801.", finding.MessageEn);
    }
}
