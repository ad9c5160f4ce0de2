using System;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// A yes/no finding (CheckResult.Match) lists its inputs in both languages with their units: a percentage input with its
/// %, as the Chinese 依据 does. The built-in rules give such findings only count and word inputs; a rule of one's own
/// (RuleContext.Record is public) may give a percentage. By hand.
public sealed class MatchMessageTests
{
    [Fact]
    public void A_percentage_input_keeps_its_percent_sign_in_both_messages()
    {
        var report = Read(Statement("1", F("本年支出合计", "决算", "100.00"), F("基本支出", "占比", "50.00", "%")));
        var finding = Assert.Single(ReportChecker.Check(report, new IReportRule[] { new AgainstShare() }).Findings);
        Assert.Contains("依据：基本支出（占比）50.00%。", finding.Message, StringComparison.Ordinal);
        Assert.Contains(": 基本支出 (占比) 50.00% at ", finding.MessageEn, StringComparison.Ordinal);
    }

    /// Fails the report's first figure against its second, a percentage.
    private sealed class AgainstShare : IReportRule
    {
        public RuleDescriptor Descriptor { get; } = new("FA9001", "与占比不符", "against the share", "a test relation");

        public void Check(RuleContext context)
            => context.Record(context.Report.Figures[0], CheckResult.Match(false), new[] { context.Report.Figures[1] }, "占比", "the share");
    }
}
