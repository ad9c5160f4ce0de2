using FinalAccounts.Validation;
using FinalAccounts.Validation.Rules;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// How a sum identity names its parts in a finding (mutation testing, docs/reliability.md): "人员经费 + 公用经费", a
/// subtracted part after the first as "− 公用经费", and a subtracted first part as "−人员经费". Numbers by hand.
public sealed class SumRelationWordsTests
{
    // 基本支出 100 stated; 人员经费 70, 公用经费 20.
    private static readonly StatementSpec s_basic = Statement("2.6-1", F("基本支出", "决算", "100.00"), F("人员经费", "决算", "70.00"), F("公用经费", "决算", "20.00"));

    private static Finding Only(params (string Concept, int Weight, bool Required)[] parts)
    {
        var rule = new SumIdentityRule(new RuleDescriptor("FA9010", "测试", "test", "基本支出 = …"), "基本支出", parts);
        return Assert.Single(ReportChecker.Check(Read(s_basic), new IReportRule[] { rule }).Findings);
    }

    [Fact]
    public void FA1006_names_its_parts_joined_by_plus()
    {
        // 70 + 20 = 90, stated 100.
        var finding = Assert.Single(Check(s_basic).Findings, f => f.RuleId == "FA1006");
        Assert.Contains("，按 人员经费 + 公用经费 计算为 90万元", finding.Message);
    }

    [Fact]
    public void A_subtracted_part_is_named_with_a_minus_sign()
    {
        // 70 − 20 = 50, stated 100.
        Assert.Contains("，按 人员经费 − 公用经费 计算为 50万元", Only(("人员经费", 1, true), ("公用经费", -1, true)).Message);
        // −70 + 20 = −50.
        Assert.Contains("，按 −人员经费 + 公用经费 计算为 -50万元", Only(("人员经费", -1, true), ("公用经费", 1, true)).Message);
    }
}
